namespace Phasor.Script.Runtime;

/// <summary>A Map object: an insertion-ordered SameValueZero hash table of key/value pairs.</summary>
internal sealed class JsMap(Shape shape) : JsObject(shape)
{
    public OrderedTable Table { get; } = new();

    public override string ClassName => "Map";
}
