using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>A plain namespace object with its own class name (Math, JSON, console) for toString and inspection.</summary>
internal sealed class NamedObject(JsObject prototype, string className) : JsObject(prototype)
{
    public override string ClassName => className;
}
