namespace Phasor.Script.Runtime;

/// <summary>A Set object: an insertion-ordered SameValueZero hash table of values.</summary>
internal sealed class JsSet(Shape shape) : JsObject(shape)
{
    public OrderedTable Table { get; } = new();

    public override string ClassName => "Set";
}
