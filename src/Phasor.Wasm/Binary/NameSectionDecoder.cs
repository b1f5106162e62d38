using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Reads the <c>name</c> custom section (spec appendix 7.4): the module name (subsection 0), function names (1) and
/// local names (2); other subsections are skipped. A malformed name section is ignored, as the spec allows.
/// </summary>
internal static class NameSectionDecoder
{
    /// <summary>Decodes the names of <paramref name="section"/>, or returns no names when it is malformed.</summary>
    public static ModuleNames Decode(CustomSection section)
    {
        var names = new ModuleNames();
        try
        {
            var contentOffset = section.Offset; // Only used for error offsets, which are discarded.
            var reader = new WasmReader(section.Content.Span, contentOffset, bounded: true);
            while (!reader.AtEnd)
            {
                ReadSubsection(ref reader, names);
            }

            return names;
        }
        catch (MalformedModuleException)
        {
            return new ModuleNames();
        }
    }

    private static void ReadSubsection(ref WasmReader reader, ModuleNames names)
    {
        var id = reader.ReadByte();
        var size = reader.ReadVarU32();
        var content = new WasmReader(reader.ReadBytes(size > int.MaxValue ? -1 : (int)size), reader.Offset, bounded: true);
        switch (id)
        {
            case 0:
                names.ModuleName = content.ReadName();
                break;
            case 1:
                ReadNameMap(ref content, names.Functions);
                break;
            case 2:
                ReadIndirectNameMap(ref content, names.Locals);
                break;
            default:
                return;
        }

        if (!content.AtEnd)
        {
            content.Throw("name subsection size mismatch");
        }
    }

    private static void ReadNameMap(ref WasmReader reader, Dictionary<uint, string> map)
    {
        var count = reader.ReadVarU32();
        for (var i = 0u; i < count; i++)
        {
            var index = reader.ReadVarU32();
            map[index] = reader.ReadName();
        }
    }

    private static void ReadIndirectNameMap(ref WasmReader reader, Dictionary<uint, Dictionary<uint, string>> map)
    {
        var count = reader.ReadVarU32();
        for (var i = 0u; i < count; i++)
        {
            var function = reader.ReadVarU32();
            var locals = new Dictionary<uint, string>();
            ReadNameMap(ref reader, locals);
            map[function] = locals;
        }
    }
}
