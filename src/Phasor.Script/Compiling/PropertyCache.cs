using Phasor.Script.Runtime;

namespace Phasor.Script.Compiling;

/// <summary>A monomorphic inline cache of one property instruction, keyed on the receiver's <see cref="Runtime.Shape"/>.</summary>
/// <remarks>
/// Own hits need only the shape. Prototype hits also pin the holder and <see cref="Shape.PrototypeEpoch"/>.
/// Adds (a store that transitions the shape) record the shape after the transition in <see cref="NewShape"/>.
/// </remarks>
internal sealed class PropertyCache
{
    public Shape? Shape;
    public JsObject? Holder;
    public Shape? NewShape;
    public int Slot;
    public int Epoch;
}
