using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Decodes the contents of each section into a <see cref="ModuleDefinition"/> (spec 5.5.3 to 5.5.16). The
/// <see cref="ModuleDecoder"/> has checked the section's id, order and size; this reads its entries.
/// </summary>
internal sealed class SectionDecoder
{
    /// <summary>
    /// The most locals (parameters excluded) a function may declare. The spec's own bound is 2^32 - 1; this
    /// implementation limit (V8's) keeps a hostile module from making the engine allocate gigabytes of locals.
    /// </summary>
    public const uint MaxLocals = 50_000;

    private readonly ModuleDefinition _module;
    private readonly List<CustomSection> _customSections = [];

    /// <summary>Creates a decoder that fills <paramref name="module"/>.</summary>
    public SectionDecoder(ModuleDefinition module) => _module = module;

    /// <summary>Decodes one section's contents; <paramref name="size"/> bytes follow the reader's position.</summary>
    public void Decode(ref WasmReader reader, SectionId id, int size, int sectionOffset)
    {
        _module.SectionOffsets[(int)id] = sectionOffset;
        switch (id)
        {
            case SectionId.Custom:
                ReadCustom(ref reader, size, sectionOffset);
                break;
            case SectionId.Type:
                _module.Types = ReadVector(ref reader, static (ref WasmReader r) => TypeDecoder.ReadFuncType(ref r));
                break;
            case SectionId.Import:
                _module.Imports = ReadVector(ref reader, static (ref WasmReader r) => ReadImport(ref r));
                break;
            case SectionId.Function:
                _module.FunctionTypeIndices = ReadVector(ref reader, static (ref WasmReader r) => r.ReadVarU32());
                break;
            case SectionId.Table:
                _module.DefinedTables = ReadVector(ref reader, static (ref WasmReader r) => TypeDecoder.ReadTableType(ref r));
                break;
            case SectionId.Memory:
                _module.DefinedMemories = ReadVector(ref reader, static (ref WasmReader r) => TypeDecoder.ReadMemoryType(ref r));
                break;
            case SectionId.Global:
                _module.DefinedGlobals = ReadVector(ref reader, static (ref WasmReader r) => ReadGlobal(ref r));
                break;
            case SectionId.Export:
                _module.Exports = ReadVector(ref reader, static (ref WasmReader r) => ReadExport(ref r));
                break;
            case SectionId.Start:
                _module.Start = reader.ReadVarU32();
                break;
            case SectionId.Element:
                _module.Elements = ReadVector(ref reader, static (ref WasmReader r) => SegmentDecoder.ReadElement(ref r));
                break;
            case SectionId.DataCount:
                _module.DataCount = reader.ReadVarU32();
                break;
            case SectionId.Code:
                ReadCode(ref reader);
                break;
            case SectionId.Data:
                var module = _module.Bytes;
                _module.Data = ReadVector(ref reader, (ref WasmReader r) => SegmentDecoder.ReadData(ref r, module));
                break;
        }
    }

    /// <summary>Gets the function bodies decoded so far (all of them once the code section has been read).</summary>
    public List<FunctionBody> Bodies { get; } = [];

    /// <summary>Stores what was collected across sections: custom sections, and the names of the name section.</summary>
    public void Finish()
    {
        _module.CustomSections = [.. _customSections];
        foreach (var section in _customSections)
        {
            if (section.Name == "name")
            {
                _module.Names = NameSectionDecoder.Decode(section);
            }
        }
    }

    /// <summary>Reads a vector: a u32 count, then that many entries.</summary>
    public static T[] ReadVector<T>(ref WasmReader reader, EntryReader<T> read)
    {
        var count = reader.ReadVarU32();
        if (count == 0)
        {
            return [];
        }

        var items = new T[TypeDecoder.VectorCapacity(count, reader.Remaining)];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(ref reader);
        }

        return items;
    }

    private void ReadCustom(ref WasmReader reader, int size, int sectionOffset)
    {
        var start = reader.Offset;
        var name = reader.ReadName();
        var contentLength = size - (reader.Offset - start);
        if (contentLength < 0)
        {
            throw new MalformedModuleException("unexpected end", reader.Offset);
        }

        var contentOffset = reader.Offset;
        reader.Skip(contentLength);
        _customSections.Add(new CustomSection(name, _module.Bytes.Slice(contentOffset, contentLength), sectionOffset));
    }

    private static Import ReadImport(ref WasmReader reader)
    {
        var offset = reader.Offset;
        var module = reader.ReadName();
        var name = reader.ReadName();
        var kindOffset = reader.Offset;
        return reader.ReadByte() switch
        {
            0 => new Import(module, name, ExternalKind.Function, functionTypeIndex: reader.ReadVarU32()) { Offset = offset },
            1 => new Import(module, name, ExternalKind.Table, table: TypeDecoder.ReadTableType(ref reader)) { Offset = offset },
            2 => new Import(module, name, ExternalKind.Memory, memory: TypeDecoder.ReadMemoryType(ref reader)) { Offset = offset },
            3 => new Import(module, name, ExternalKind.Global, global: TypeDecoder.ReadGlobalType(ref reader)) { Offset = offset },
            _ => throw new MalformedModuleException("malformed import kind", kindOffset),
        };
    }

    private static GlobalDefinition ReadGlobal(ref WasmReader reader)
    {
        var type = TypeDecoder.ReadGlobalType(ref reader);
        return new GlobalDefinition(type, ConstantExpressionDecoder.Read(ref reader));
    }

    private static Export ReadExport(ref WasmReader reader)
    {
        var offset = reader.Offset;
        var name = reader.ReadName();
        var kindOffset = reader.Offset;
        var kind = reader.ReadByte();
        if (kind > (byte)ExternalKind.Global)
        {
            throw new MalformedModuleException("malformed export kind", kindOffset);
        }

        return new Export(name, (ExternalKind)kind, reader.ReadVarU32()) { Offset = offset };
    }

    private void ReadCode(ref WasmReader reader)
    {
        var count = reader.ReadVarU32();
        Bodies.Capacity = TypeDecoder.VectorCapacity(count, reader.Remaining);
        for (var i = 0; i < count; i++)
        {
            Bodies.Add(ReadBody(ref reader, _module.Bytes));
        }

        _module.Code = [.. Bodies];
    }

    private static FunctionBody ReadBody(ref WasmReader reader, ReadOnlyMemory<byte> module)
    {
        var sizeOffset = reader.Offset;
        var size = reader.ReadVarU32();
        if (size > reader.Remaining)
        {
            throw new MalformedModuleException("length out of bounds", sizeOffset);
        }

        var bodyEnd = reader.Offset + (int)size;
        var locals = ReadLocals(ref reader, out var localCount);
        var codeStart = reader.Offset;
        if (codeStart > bodyEnd)
        {
            throw new MalformedModuleException("section size mismatch", sizeOffset);
        }

        reader.Skip(bodyEnd - codeStart);
        return new FunctionBody(locals, localCount, module[codeStart..bodyEnd], codeStart);
    }

    private static LocalGroup[] ReadLocals(ref WasmReader reader, out uint localCount)
    {
        var start = reader.Offset;
        var groupCount = reader.ReadVarU32();
        var groups = groupCount == 0 ? [] : new LocalGroup[TypeDecoder.VectorCapacity(groupCount, reader.Remaining)];
        ulong total = 0;
        for (var i = 0; i < groupCount; i++)
        {
            var count = reader.ReadVarU32();
            total += count;
            groups[i] = new LocalGroup(count, TypeDecoder.ReadValueType(ref reader));
        }

        if (total > MaxLocals)
        {
            throw new MalformedModuleException("too many locals", start);
        }

        localCount = (uint)total;
        return groups;
    }
}
