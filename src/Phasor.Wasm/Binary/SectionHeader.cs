namespace Phasor.Wasm.Binary;

/// <summary>Where one section of a module is: for listings such as <c>phasor wasm inspect</c>.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Offset">The byte offset of the id byte.</param>
/// <param name="ContentOffset">The byte offset of the contents, after the size.</param>
/// <param name="Size">The size of the contents in bytes (for a custom section, its name included).</param>
/// <param name="CustomName">A custom section's name; null for the others.</param>
public readonly record struct SectionHeader(SectionId Id, int Offset, int ContentOffset, int Size, string? CustomName)
{
    /// <summary>
    /// Reads the section headers of <paramref name="module"/> without decoding their contents. Meant for modules the
    /// <see cref="ModuleDecoder"/> accepted; framing errors are still <see cref="Errors.MalformedModuleException"/>s.
    /// </summary>
    public static SectionHeader[] ReadAll(ReadOnlySpan<byte> module)
    {
        var headers = new List<SectionHeader>();
        var reader = new WasmReader(module, 0, bounded: true);
        reader.Skip(8);
        while (!reader.AtEnd)
        {
            var offset = reader.Offset;
            var id = (SectionId)reader.ReadByte();
            var size = (int)reader.ReadVarU32();
            var contentOffset = reader.Offset;
            var content = new WasmReader(reader.ReadBytes(size), contentOffset, bounded: true);
            var name = id == SectionId.Custom ? content.ReadName() : null;
            headers.Add(new SectionHeader(id, offset, contentOffset, size, name));
        }

        return [.. headers];
    }
}
