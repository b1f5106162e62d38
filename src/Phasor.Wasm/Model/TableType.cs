namespace Phasor.Wasm.Model;

/// <summary>A table's element type and size limits (spec 2.3.7).</summary>
/// <param name="ElementType">funcref or externref.</param>
/// <param name="Limits">The size range in elements.</param>
public readonly record struct TableType(ValueType ElementType, Limits Limits);
