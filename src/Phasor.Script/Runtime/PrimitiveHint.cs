namespace Phasor.Script.Runtime;

/// <summary>The preferred type passed to ToPrimitive (ECMAScript 7.1.1).</summary>
internal enum PrimitiveHint
{
    Default,
    Number,
    String,
}
