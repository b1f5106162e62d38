namespace Phasor.Wasm.Model;

/// <summary>A global's value type and mutability (spec 2.3.8).</summary>
/// <param name="Type">The value type.</param>
/// <param name="Mutable">Whether <c>global.set</c> may change it.</param>
public readonly record struct GlobalType(ValueType Type, bool Mutable);
