using System.Buffers.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Decodes a module's bytes into a <see cref="ModuleDefinition"/> (spec 5.5): the header, then every section in the
/// binary format's order, custom sections anywhere. Format errors are <see cref="MalformedModuleException"/>s worded
/// as the spec test suite words them.
/// </summary>
/// <remarks>
/// <para>
/// Function bodies are sliced, not decoded: the validator reads their instructions once and reports their format
/// errors (illegal opcode, zero byte expected, malformed memop flags, data count section required) as
/// <see cref="MalformedModuleException"/>s too, so a module is only known well formed once it has been validated.
/// When any error is found, <see cref="CodeScanner"/> first decodes the bodies before it, so the error reported is
/// the one the reference decoder, which decodes bodies in place, would have reported.
/// </para>
/// <para>
/// Like the reference interpreter, entries are read from the module as a whole rather than from their section alone
/// (then the section's size is checked): a count that promises more entries than a section holds is reported by what
/// the bytes after it look like, which is what the suite's messages ("length out of bounds", "illegal opcode") assume.
/// </para>
/// </remarks>
public static class ModuleDecoder
{
    /// <summary>The magic number, <c>\0asm</c>, read little-endian.</summary>
    private const uint Magic = 0x6D736100;

    /// <summary>The binary format version this engine reads.</summary>
    private const uint Version = 1;

    /// <summary>The header's size: magic and version.</summary>
    private const int HeaderSize = 8;

    /// <summary>Decodes <paramref name="bytes"/>; the module keeps them (bodies and data segments are slices).</summary>
    /// <exception cref="MalformedModuleException">The bytes are not a well-formed module.</exception>
    public static ModuleDefinition Decode(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        CheckHeader(span);
        var module = new ModuleDefinition { Bytes = bytes };
        var sections = new SectionDecoder(module);
        var reader = new WasmReader(span, 0, bounded: true);
        reader.Skip(HeaderSize);
        try
        {
            var lastRank = 0;
            while (!reader.AtEnd)
            {
                lastRank = DecodeSection(ref reader, sections, lastRank);
            }

            sections.Finish();
            CheckCounts(module, span.Length);
            return module;
        }
        catch (MalformedModuleException) when (sections.Bodies.Count > 0)
        {
            // A malformed body that came before this error is the one to report (see CodeScanner).
            CodeScanner.ScanAll(module, sections.Bodies, checkDataCount: false);
            throw;
        }
    }

    private static void CheckHeader(ReadOnlySpan<byte> span)
    {
        if (span.Length < 4)
        {
            throw new MalformedModuleException("unexpected end", span.Length);
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span) != Magic)
        {
            throw new MalformedModuleException("magic header not detected", 0);
        }

        if (span.Length < HeaderSize)
        {
            throw new MalformedModuleException("unexpected end", span.Length);
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span[4..]) != Version)
        {
            throw new MalformedModuleException("unknown binary version", 4);
        }
    }

    /// <summary>Reads one section; returns the order rank of the last non-custom section seen.</summary>
    private static int DecodeSection(ref WasmReader reader, SectionDecoder sections, int lastRank)
    {
        var sectionOffset = reader.Offset;
        var id = reader.ReadByte();
        if (id > (byte)SectionId.DataCount)
        {
            throw new MalformedModuleException("malformed section id", sectionOffset);
        }

        var rank = Rank((SectionId)id);
        if (rank != 0 && rank <= lastRank)
        {
            // Out of order or repeated: the reference decoder has stopped reading sections by this point.
            throw new MalformedModuleException("unexpected content after last section", sectionOffset);
        }

        var sizeOffset = reader.Offset;
        var size = reader.ReadVarU32();
        if (size > reader.Remaining)
        {
            throw new MalformedModuleException("length out of bounds", sizeOffset);
        }

        var start = reader.Offset;
        sections.Decode(ref reader, (SectionId)id, (int)size, sectionOffset);
        if (reader.Offset != start + (int)size)
        {
            throw new MalformedModuleException("section size mismatch", start);
        }

        return rank == 0 ? lastRank : rank;
    }

    /// <summary>Gets a section's place in the required order; 0 for custom sections, which may go anywhere.</summary>
    private static int Rank(SectionId id) => id switch
    {
        SectionId.Custom => 0,
        SectionId.DataCount => 10,
        SectionId.Code => 11,
        SectionId.Data => 12,
        _ => (int)id,
    };

    private static void CheckCounts(ModuleDefinition module, int end)
    {
        if (module.FunctionTypeIndices.Length != module.Code.Length)
        {
            throw new MalformedModuleException("function and code section have inconsistent lengths", end);
        }

        if (module.DataCount is { } count && count != module.Data.Length)
        {
            throw new MalformedModuleException("data count and data section have inconsistent lengths", end);
        }
    }
}
