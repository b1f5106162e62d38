namespace Phasor.Wasm.Model;

/// <summary>The size range of a memory (in 64 KiB pages) or a table (in elements) (spec 2.3.5).</summary>
/// <param name="Min">The initial size.</param>
/// <param name="Max">The maximum size, or null when unbounded.</param>
public readonly record struct Limits(uint Min, uint? Max);
