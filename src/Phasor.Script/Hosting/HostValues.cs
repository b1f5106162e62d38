using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Converts between script values and the .NET values the public host API exposes.</summary>
internal static class HostValues
{
    public static object? ToHost(JsValue value) => value.Ref switch
    {
        null => null,
        string s => s,
        JsObject o => o,
        _ when value.IsNumber => value.Number,
        _ when value.IsBoolean => value.Boolean,
        _ => null,
    };

    public static JsValue FromHost(object? value) => value switch
    {
        null => JsValue.Undefined,
        double d => d,
        int i => i,
        long l => (double)l,
        float f => (double)f,
        bool b => b,
        string s => s,
        _ => JsValue.FromString(value.ToString() ?? ""),
    };
}
