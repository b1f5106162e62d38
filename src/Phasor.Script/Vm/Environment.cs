using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>The captured variables of one scope instance, chained to the enclosing scope's environment.</summary>
/// <remarks>Created only for scopes the binder marks <c>NeedsEnvironment</c>; slot indexes come from the binder.</remarks>
internal sealed class Environment(Environment? parent, int size)
{
    public readonly Environment? Parent = parent;

    public readonly JsValue[] Slots = size == 0 ? [] : new JsValue[size];

    /// <summary>A fresh environment with the same parent and a copy of the slots (per-iteration loop bindings).</summary>
    public Environment Copy()
    {
        var copy = new Environment(Parent, Slots.Length);
        Slots.CopyTo(copy.Slots, 0);
        return copy;
    }
}
