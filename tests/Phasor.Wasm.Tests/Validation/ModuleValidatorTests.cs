using Phasor.Wasm.Tests.Support;
using static Phasor.Wasm.Tests.Support.ModuleBuilder;
using static Phasor.Wasm.Tests.Validation.ValidationTestModules;

namespace Phasor.Wasm.Tests.Validation;

public sealed class ModuleValidatorTests
{
    private static readonly byte[] s_voidType = Vec([0x60, 0x00, 0x00]);

    [Fact]
    public void Validate_RejectsDuplicateExportNames()
    {
        var bytes = new ModuleBuilder().Section(5, Vec([0x00, 0x01]))
            .Section(7, Vec([.. Name("m"), 0x02, 0x00], [.. Name("m"), 0x02, 0x00])).Build();
        var e = AssertInvalid(bytes, "duplicate export name");
        Assert.Equal(bytes.Length - 4, e.Offset);
    }

    [Fact]
    public void Validate_RejectsExportsOfUnknownEntities() =>
        AssertInvalid(new ModuleBuilder().Section(7, Vec([.. Name("t"), 0x01, 0x00])).Build(), "unknown table 0");

    [Theory]
    [InlineData(new byte[] { 0x01, 0x02, 0x01 }, "size minimum must not be greater than maximum")]
    [InlineData(new byte[] { 0x00, 0x81, 0x80, 0x04 }, "memory size must be at most 65536 pages (4GiB)")]
    [InlineData(new byte[] { 0x01, 0x00, 0x81, 0x80, 0x04 }, "memory size must be at most 65536 pages (4GiB)")]
    public void Validate_ChecksMemoryLimits(byte[] limits, string message) =>
        AssertInvalid(new ModuleBuilder().Section(5, Vec(limits)).Build(), message);

    [Fact]
    public void Validate_AcceptsTheLargestMemory() =>
        Validate(new ModuleBuilder().Section(5, Vec([0x01, 0x80, 0x80, 0x04, 0x80, 0x80, 0x04])).Build());

    [Fact]
    public void Validate_RejectsMultipleMemories() =>
        AssertInvalid(new ModuleBuilder().Section(5, Vec([0x00, 0x00], [0x00, 0x00])).Build(), "multiple memories");

    [Fact]
    public void Validate_RequiresAStartFunctionWithoutParametersOrResults()
    {
        var bytes = new ModuleBuilder().Section(1, Vec([0x60, 0x01, I32, 0x00])).Section(3, Vec([0x00])).Section(8, 0x00)
            .Section(10, Vec(Body([0x0B]))).Build();
        AssertInvalid(bytes, "start function");
        AssertInvalid(new ModuleBuilder().Section(8, 0x00).Build(), "unknown function 0");
    }

    [Fact]
    public void Validate_ChecksFunctionTypeIndices() =>
        AssertInvalid(new ModuleBuilder().Section(3, Vec([0x00])).Section(10, Vec(Body([0x0B]))).Build(), "unknown type 0");

    [Fact]
    public void Validate_RequiresConstantInitialisers()
    {
        // (global i32 (i32.const 1) (i32.const 2) i32.add)
        AssertInvalid(new ModuleBuilder().Section(6, Vec([I32, 0x00, 0x41, 0x01, 0x41, 0x02, 0x6A, 0x0B])).Build(), "constant expression required");
        AssertInvalid(new ModuleBuilder().Section(6, Vec([I32, 0x00, 0x42, 0x01, 0x0B])).Build(), "type mismatch");
        AssertInvalid(new ModuleBuilder().Section(6, Vec([I32, 0x00, 0x0B])).Build(), "type mismatch");
    }

    [Fact]
    public void Validate_LetsInitialisersReadOnlyImportedImmutableGlobals()
    {
        // A defined global is out of scope for another's initialiser in Wasm 2.0.
        var defined = new ModuleBuilder().Section(6, Vec([I32, 0x00, 0x41, 0x01, 0x0B], [I32, 0x00, 0x23, 0x00, 0x0B])).Build();
        AssertInvalid(defined, "unknown global 0");
        var mutableImport = new ModuleBuilder().Section(2, Vec([.. Name("m"), .. Name("g"), 0x03, I32, 0x01]))
            .Section(6, Vec([I32, 0x00, 0x23, 0x00, 0x0B])).Build();
        AssertInvalid(mutableImport, "constant expression required");
        var immutableImport = new ModuleBuilder().Section(2, Vec([.. Name("m"), .. Name("g"), 0x03, I32, 0x00]))
            .Section(6, Vec([I32, 0x00, 0x23, 0x00, 0x0B])).Build();
        Validate(immutableImport);
    }

    [Fact]
    public void Validate_ChecksElementSegmentsAgainstTheirTable()
    {
        // An externref table with a funcref segment.
        var bytes = new ModuleBuilder().Section(1, s_voidType).Section(3, Vec([0x00])).Section(4, Vec([ExternRef, 0x00, 0x01]))
            .Section(9, Vec([0x00, 0x41, 0x00, 0x0B, .. Vec([0x00])])).Section(10, Vec(Body([0x0B]))).Build();
        AssertInvalid(bytes, "type mismatch");
        AssertInvalid(new ModuleBuilder().Section(9, Vec([0x00, 0x41, 0x00, 0x0B, 0x00])).Build(), "unknown table 0");
    }

    [Fact]
    public void Validate_ChecksDataSegmentsAgainstTheMemory() =>
        AssertInvalid(new ModuleBuilder().Section(11, Vec([0x00, 0x41, 0x00, 0x0B, 0x00])).Build(), "unknown memory 0");

    [Fact]
    public void Validate_LetsRefFuncNameFunctionsThatAnElementSegmentDeclares()
    {
        // Declarative segment (flags 3) naming function 0; the function takes ref.func 0.
        var bytes = new ModuleBuilder().Section(1, s_voidType).Section(3, Vec([0x00])).Section(9, Vec([0x03, 0x00, .. Vec([0x00])]))
            .Section(10, Vec(Body([0xD2, 0x00, 0x1A, 0x0B]))).Build();
        Validate(bytes);
    }

    [Fact]
    public void Validate_RequiresADataCountSectionForMemoryInit()
    {
        // memory.init 0 with one passive data segment and no data count section.
        byte[] code = [0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xFC, 0x08, 0x00, 0x00, 0x0B];
        var without = new ModuleBuilder().Section(1, s_voidType).Section(3, Vec([0x00])).Section(5, Vec([0x00, 0x01]))
            .Section(10, Vec(Body(code))).Section(11, Vec([0x01, 0x00])).Build();
        AssertMalformed(without, "data count section required");
        var with = new ModuleBuilder().Section(1, s_voidType).Section(3, Vec([0x00])).Section(5, Vec([0x00, 0x01]))
            .Section(12, 0x01).Section(10, Vec(Body(code))).Section(11, Vec([0x01, 0x00])).Build();
        Validate(with);
    }

    [Fact]
    public void Validate_ReportsAMalformedBodyBeforeAnInvalidOne()
    {
        // Function 0 is invalid (missing result is fine: [] -> [] with a stray i32); function 1 has an illegal opcode.
        var bytes = new ModuleBuilder().Functions(Body([0x41, 0x00, 0x0B]), Body([0x06, 0x0B])).Build();
        AssertMalformed(bytes, "illegal opcode");
    }
}
