using Phasor.Script.Runtime;

namespace Phasor.Script.Compiling;

/// <summary>A monomorphic inline cache of one property instruction, keyed on the receiver's <see cref="Runtime.Shape"/>.</summary>
/// <remarks>
/// Own hits need only the shape. Prototype hits also pin the holder and <see cref="Shape.PrototypeEpoch"/>.
/// Adds (a store that transitions the shape) record the shape after the transition in <see cref="NewShape"/>.
/// A read that found a getter records it apart (<see cref="GetterShape"/>), so the data fast path never mistakes the
/// accessor pair in the slot for a value; the VM then calls the getter in its own loop.
/// </remarks>
internal sealed class PropertyCache
{
    public Shape? Shape;
    public JsObject? Holder;
    public Shape? NewShape;
    public int Slot;
    public int Epoch;

    /// <summary>The receiver shape for which the property is a getter (with <see cref="Epoch"/>), or null.</summary>
    public Shape? GetterShape;

    /// <summary>The object holding the accessor pair, or null when it is the receiver's own.</summary>
    public JsObject? GetterHolder;

    /// <summary>The slot of the accessor pair in its holder.</summary>
    public int GetterSlot;
}
