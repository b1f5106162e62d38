using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>A script object standing for a C# object: an instance of a host class, or an opaque handle.</summary>
/// <remarks>The engine keeps one per C# object (weakly), so the same C# object always reaches script as the same object.</remarks>
internal sealed class HostObject(JsObject prototype, object target) : JsObject(prototype)
{
    /// <summary>The C# object.</summary>
    public object Target { get; } = target;
}
