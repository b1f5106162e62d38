using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;
using Phasor.Wasm.Tests.Support;
using static Phasor.Wasm.Tests.Support.ModuleBuilder;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Tests.Binary;

public sealed class ModuleDecoderTests
{
    [Fact]
    public void Decode_AcceptsTheEmptyModule()
    {
        var module = ModuleDecoder.Decode(new ModuleBuilder().Build());
        Assert.Empty(module.Types);
        Assert.Empty(module.Code);
        Assert.Null(module.Start);
    }

    [Fact]
    public void Decode_ReadsEverySection()
    {
        var bytes = new ModuleBuilder()
            .Section(1, Vec([0x60, 0x01, 0x7F, 0x01, 0x7E], [0x60, 0x00, 0x00]))
            .Section(2, Vec([.. Name("env"), .. Name("f"), 0x00, 0x01], [.. Name("env"), .. Name("g"), 0x03, 0x7D, 0x01]))
            .Section(3, Vec([0x00], [0x01]))
            .Section(4, Vec([0x70, 0x01, 0x02, 0x10]))
            .Section(5, Vec([0x00, 0x01]))
            .Section(6, Vec([0x7F, 0x01, 0x41, 0x2A, 0x0B]))
            .Section(7, Vec([.. Name("run"), 0x00, 0x02], [.. Name("mem"), 0x02, 0x00]))
            .Section(8, 0x02)
            .Section(9, Vec([0x00, 0x41, 0x00, 0x0B, .. Vec([0x01], [0x02])]))
            .Section(12, 0x01)
            .Section(10, Vec(Body([0x20, 0x00, 0xAC, 0x0B]), Body([0x0B])))
            .Section(11, Vec([0x01, .. Vec([1], [2], [3])]))
            .Section(0, [.. Name("extra"), 0xAA, 0xBB])
            .Build();

        var module = ModuleDecoder.Decode(bytes);

        Assert.Equal(new FuncType([ValueType.I32], [ValueType.I64]), module.Types[0]);
        Assert.Equal(2, module.Imports.Length);
        Assert.Equal(new GlobalType(ValueType.F32, true), module.Imports[1].Global);
        Assert.Equal([0u, 1u], module.FunctionTypeIndices);
        Assert.Equal(new TableType(ValueType.FuncRef, new Limits(2, 16)), module.DefinedTables[0]);
        Assert.Equal(new Limits(1, null), module.DefinedMemories[0].Limits);
        Assert.Equal(42ul, module.DefinedGlobals[0].Init.Instructions.Single().Immediate);
        Assert.Equal(["run", "mem"], module.Exports.Select(e => e.Name));
        Assert.Equal(2u, module.Start);
        Assert.Equal([1ul, 2ul], module.Elements[0].Items.Select(i => i.Instructions.Single().Immediate));
        Assert.Equal(1u, module.DataCount);
        Assert.Equal([0x20, 0x00, 0xAC, 0x0B], module.Code[0].Code.ToArray());
        Assert.Equal(bytes.AsSpan().IndexOf((byte)0xAC) - 2, module.Code[0].CodeOffset);
        Assert.Equal([1, 2, 3], module.Data[0].Data.ToArray());
        Assert.Equal(SegmentMode.Passive, module.Data[0].Mode);
        Assert.Equal("extra", module.CustomSections.Single().Name);
        Assert.Equal([0xAA, 0xBB], module.CustomSections[0].Content.ToArray());
        Assert.Equal(1, module.ImportedFunctionCount);
        Assert.Equal(3, module.FunctionTypes.Length);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x61, 0x73 }, "unexpected end", 3)]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6E, 0x01, 0x00, 0x00, 0x00 }, "magic header not detected", 0)]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01 }, "unexpected end", 5)]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00 }, "unknown binary version", 4)]
    public void Decode_ChecksTheHeader(byte[] bytes, string message, int offset) => AssertMalformed(bytes, message, offset);

    [Fact]
    public void Decode_RejectsUnknownSectionIds() =>
        AssertMalformed(new ModuleBuilder().Section(13).Build(), "malformed section id", 8);

    [Fact]
    public void Decode_RejectsSectionsOutOfOrder() =>
        AssertMalformed(new ModuleBuilder().Section(5, Vec([0x00, 0x01])).Section(1, Vec()).Build(), "unexpected content after last section", 13);

    [Fact]
    public void Decode_RejectsRepeatedSections() =>
        AssertMalformed(new ModuleBuilder().Section(1, Vec()).Section(1, Vec()).Build(), "unexpected content after last section", 11);

    [Fact]
    public void Decode_PutsTheDataCountSectionBetweenElementAndCode()
    {
        var bytes = new ModuleBuilder().Section(12, 0x00).Section(9, Vec()).Build();
        AssertMalformed(bytes, "unexpected content after last section", 11);
    }

    [Fact]
    public void Decode_AllowsCustomSectionsAnywhere()
    {
        var bytes = new ModuleBuilder().Section(0, Name("a")).Section(1, Vec()).Section(0, Name("b")).Section(3, Vec()).Section(0, Name("c")).Build();
        Assert.Equal(["a", "b", "c"], ModuleDecoder.Decode(bytes).CustomSections.Select(c => c.Name));
    }

    [Fact]
    public void Decode_ChecksSectionSizes()
    {
        AssertMalformed(new ModuleBuilder().Section(1, [.. Vec([0x60, 0x00, 0x00]), 0x60]).Build(), "section size mismatch", 10);
        AssertMalformed(new ModuleBuilder().Raw(0x01, 0x10, 0x00).Build(), "length out of bounds", 9);
    }

    [Fact]
    public void Decode_RejectsFunctionAndCodeCountsThatDiffer()
    {
        var bytes = new ModuleBuilder().Section(1, Vec([0x60, 0x00, 0x00])).Section(3, Vec([0x00], [0x00])).Section(10, Vec(Body([0x0B]))).Build();
        AssertMalformed(bytes, "function and code section have inconsistent lengths", bytes.Length);
    }

    [Fact]
    public void Decode_RejectsADataCountThatDiffersFromTheDataSection()
    {
        var bytes = new ModuleBuilder().Section(12, 0x02).Section(11, Vec([0x01, 0x00])).Build();
        AssertMalformed(bytes, "data count and data section have inconsistent lengths", bytes.Length);
        AssertMalformed(new ModuleBuilder().Section(12, 0x01).Build(), "data count and data section have inconsistent lengths", 11);
    }

    [Fact]
    public void Decode_LimitsTheNumberOfLocals()
    {
        var ok = new ModuleBuilder().Functions(Body([(SectionDecoder.MaxLocals, 0x7F)], [0x0B])).Build();
        Assert.Equal(SectionDecoder.MaxLocals, ModuleDecoder.Decode(ok).Code[0].LocalCount);
        var tooMany = new ModuleBuilder().Functions(Body([(SectionDecoder.MaxLocals, 0x7F), (1, 0x7E)], [0x0B])).Build();
        AssertMalformed(tooMany, "too many locals");
    }

    [Theory]
    [InlineData(new byte[] { 0x70, 0x02, 0x00 }, "integer too large", 12)]
    [InlineData(new byte[] { 0x70, 0x81, 0x00, 0x00 }, "integer representation too long", 12)]
    [InlineData(new byte[] { 0x7F, 0x00, 0x00 }, "malformed reference type", 11)]
    public void Decode_RejectsMalformedTableTypes(byte[] table, string message, int offset) =>
        AssertMalformed(new ModuleBuilder().Section(4, Vec(table)).Build(), message, offset);

    [Theory]
    [InlineData((byte)0x02)]
    [InlineData((byte)0xFF)]
    public void Decode_RejectsMalformedMutability(byte mutability) =>
        AssertMalformed(new ModuleBuilder().Section(6, Vec([0x7F, mutability, 0x41, 0x00, 0x0B])).Build(), "malformed mutability", 12);

    [Theory]
    [InlineData((byte)0x04)]
    [InlineData((byte)0x80)]
    public void Decode_RejectsMalformedImportKinds(byte kind) =>
        AssertMalformed(new ModuleBuilder().Section(2, Vec([.. Name("m"), .. Name("n"), kind, 0x00])).Build(), "malformed import kind", 15);

    [Fact]
    public void Decode_RejectsMalformedValueTypes() =>
        AssertMalformed(new ModuleBuilder().Section(1, Vec([0x60, 0x01, 0x7A, 0x00])).Build(), "malformed value type", 13);

    [Fact]
    public void Decode_RejectsInvalidUtf8InNames() =>
        AssertMalformed(new ModuleBuilder().Section(0, 0x02, 0xC0, 0x80).Build(), "malformed UTF-8 encoding", 11);

    [Fact]
    public void Decode_ReportsANameLongerThanTheModuleAsOutOfBounds() =>
        AssertMalformed(new ModuleBuilder().Section(7, 0x01, 0x09, 0x61).Build(), "length out of bounds", 11);

    [Theory]
    [InlineData(new byte[] { 0x00, 0x41, 0x01, 0x0B, 0x01, 0x00 }, SegmentMode.Active, ValueType.FuncRef, 0u)]
    [InlineData(new byte[] { 0x01, 0x00, 0x01, 0x00 }, SegmentMode.Passive, ValueType.FuncRef, 0u)]
    [InlineData(new byte[] { 0x02, 0x01, 0x41, 0x01, 0x0B, 0x00, 0x01, 0x00 }, SegmentMode.Active, ValueType.FuncRef, 1u)]
    [InlineData(new byte[] { 0x03, 0x00, 0x01, 0x00 }, SegmentMode.Declarative, ValueType.FuncRef, 0u)]
    [InlineData(new byte[] { 0x04, 0x41, 0x01, 0x0B, 0x01, 0xD2, 0x00, 0x0B }, SegmentMode.Active, ValueType.FuncRef, 0u)]
    [InlineData(new byte[] { 0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B }, SegmentMode.Passive, ValueType.ExternRef, 0u)]
    [InlineData(new byte[] { 0x06, 0x02, 0x41, 0x01, 0x0B, 0x70, 0x01, 0xD2, 0x00, 0x0B }, SegmentMode.Active, ValueType.FuncRef, 2u)]
    [InlineData(new byte[] { 0x07, 0x70, 0x01, 0xD2, 0x00, 0x0B }, SegmentMode.Declarative, ValueType.FuncRef, 0u)]
    public void Decode_ReadsEveryElementSegmentForm(byte[] segment, SegmentMode mode, ValueType type, uint table)
    {
        var element = ModuleDecoder.Decode(new ModuleBuilder().Section(9, Vec(segment)).Build()).Elements.Single();
        Assert.Equal(mode, element.Mode);
        Assert.Equal(type, element.ElementType);
        Assert.Equal(table, element.TableIndex);
        Assert.Equal(mode == SegmentMode.Active, element.Offset is not null);
        Assert.Single(element.Items);
    }

    [Fact]
    public void Decode_RejectsElementSegmentFlagsAboveSeven() =>
        AssertMalformed(new ModuleBuilder().Section(9, Vec([0x08])).Build(), "malformed elements segment kind", 11);

    [Fact]
    public void Decode_ReadsEveryDataSegmentForm()
    {
        var data = ModuleDecoder.Decode(new ModuleBuilder()
            .Section(11, Vec([0x00, 0x41, 0x08, 0x0B, 0x01, 0xAA], [0x01, 0x02, 0xBB, 0xCC], [0x02, 0x00, 0x41, 0x00, 0x0B, 0x00]))
            .Build()).Data;
        Assert.Equal([SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active], data.Select(d => d.Mode));
        Assert.Equal(8ul, data[0].Offset!.Instructions[0].Immediate);
        Assert.Equal([0xBB, 0xCC], data[1].Data.ToArray());
        AssertMalformed(new ModuleBuilder().Section(11, Vec([0x03])).Build(), "malformed data segment kind", 11);
    }

    [Fact]
    public void Decode_KeepsNonConstantInstructionsForTheValidator()
    {
        var module = ModuleDecoder.Decode(new ModuleBuilder().Section(6, Vec([0x7F, 0x00, 0x41, 0x01, 0x41, 0x02, 0x6A, 0x0B])).Build());
        Assert.Equal([Opcode.I32Const, Opcode.I32Const, Opcode.I32Add], module.DefinedGlobals[0].Init.Instructions.Select(i => i.Opcode));
    }

    [Fact]
    public void Decode_ReadsConstantsWithTheirBits()
    {
        var module = ModuleDecoder.Decode(new ModuleBuilder()
            .Section(6, Vec([0x7F, 0x00, 0x41, 0x7F, 0x0B], [0x7D, 0x00, 0x43, 0x00, 0x00, 0xC0, 0x7F, 0x0B], [0x6F, 0x00, 0xD0, 0x6F, 0x0B]))
            .Build());
        Assert.Equal(ulong.MaxValue, module.DefinedGlobals[0].Init.Instructions[0].Immediate);
        Assert.Equal(0x7FC00000ul, module.DefinedGlobals[1].Init.Instructions[0].Immediate);
        Assert.Equal((ulong)ValueType.ExternRef, module.DefinedGlobals[2].Init.Instructions[0].Immediate);
    }

    [Fact]
    public void Decode_RejectsIllegalOpcodesInConstantExpressions() =>
        AssertMalformed(new ModuleBuilder().Section(6, Vec([0x7F, 0x00, 0xF3, 0x0B])).Build(), "illegal opcode", 13);

    [Fact]
    public void Decode_ReadsTheNameSection()
    {
        byte[] functions = [.. Vec([0x00, .. Name("main")], [0x01, .. Name("helper")])];
        byte[] locals = [.. Vec([0x00, .. Vec([0x00, .. Name("x")], [0x01, .. Name("y")])])];
        byte[] content = [.. Name("name"), 0x00, .. Leb(4), .. Name("mod"), 0x01, .. Leb(functions.Length), .. functions,
            0x02, .. Leb(locals.Length), .. locals, 0x07, 0x01, 0x00];
        var module = ModuleDecoder.Decode(new ModuleBuilder().Section(0, content).Build());
        Assert.Equal("mod", module.Names.ModuleName);
        Assert.Equal("helper", module.FunctionName(1));
        Assert.Equal("func[5]", module.FunctionName(5));
        Assert.Equal("y", module.Names.Locals[0][1]);
    }

    [Fact]
    public void Decode_IgnoresAMalformedNameSection()
    {
        byte[] content = [.. Name("name"), 0x01, 0x05, 0x01, 0x00, 0x09, 0x61, 0x62];
        var module = ModuleDecoder.Decode(new ModuleBuilder().Section(0, content).Build());
        Assert.Empty(module.Names.Functions);
        Assert.Null(module.Names.ModuleName);
    }

    [Fact]
    public void Decode_ReportsAMalformedBodyBeforeALaterMalformation()
    {
        // The body's i32.const immediate is too long; the data section after it is also malformed.
        var bytes = new ModuleBuilder().Functions(Body([0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1A, 0x0B])).Section(11, 0x05).Build();
        AssertMalformed(bytes, "integer representation too long");
    }

    [Fact]
    public void Decode_DoesNotAllocateWhatAHostileCountAsksFor()
    {
        var bytes = new ModuleBuilder().Raw(0x01, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F).Build();
        var before = GC.GetAllocatedBytesForCurrentThread();
        AssertMalformed(bytes, "unexpected end of section or function");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000);
    }

    /// <summary>Decodes for other tests (index views built, so later measurements see only their own work).</summary>
    internal static ModuleDefinition DecodeForTest(byte[] bytes)
    {
        var module = ModuleDecoder.Decode(bytes);
        _ = (module.FunctionTypes, module.Globals, module.Tables, module.Memories);
        return module;
    }

    private static void AssertMalformed(byte[] bytes, string message, int? offset = null)
    {
        var e = Assert.Throws<MalformedModuleException>(() => ModuleDecoder.Decode(bytes));
        Assert.Equal(message, e.Message);
        if (offset is { } o)
        {
            Assert.Equal(o, e.Offset);
        }
    }
}
