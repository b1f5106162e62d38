using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Reads built-in arguments: a missing argument is undefined, as ECMAScript specifies.</summary>
internal static class ArgumentList
{
    public static JsValue At(this ReadOnlySpan<JsValue> args, int index) => index < args.Length ? args[index] : default;
}
