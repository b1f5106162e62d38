namespace Phasor.Wasm.Model;

/// <summary>A custom section, kept as bytes (spec 5.5.3).</summary>
/// <param name="Name">The section name.</param>
/// <param name="Content">The bytes after the name.</param>
/// <param name="Offset">The byte offset of the section's id in the module.</param>
public sealed record CustomSection(string Name, ReadOnlyMemory<byte> Content, int Offset);
