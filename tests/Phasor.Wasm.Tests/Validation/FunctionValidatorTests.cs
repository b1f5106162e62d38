using static Phasor.Wasm.Tests.Validation.ValidationTestModules;

namespace Phasor.Wasm.Tests.Validation;

public sealed class FunctionValidatorTests
{
    [Fact]
    public void Validate_AcceptsAWellTypedFunction()
    {
        // (param i32 i32) (result i32): local.get 0, local.get 1, i32.add
        var result = Validate(Function([I32, I32], [I32], [0x20, 0x00, 0x20, 0x01, 0x6A, 0x0B]));
        Assert.Equal(2, result.Functions[0].MaxOperandHeight);
        Assert.Equal(1, result.Functions[0].MaxBlockDepth);
        Assert.Equal(4, result.Functions[0].InstructionCount);
    }

    [Fact]
    public void Validate_ReportsTypeMismatchWithFunctionAndOffset()
    {
        // i32.const 1, i64.const 2, i32.add
        var bytes = Function([], [I32], [0x41, 0x01, 0x42, 0x02, 0x6A, 0x0B]);
        var e = AssertInvalid(bytes, "type mismatch");
        Assert.Equal(0, e.FunctionIndex);
        Assert.Equal(bytes.Length - 2, e.Offset);
        Assert.Contains("function 0", e.Located, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsMissingAndExtraResults()
    {
        AssertInvalid(Function([], [I32], [0x0B]), "type mismatch");
        AssertInvalid(Function([], [], [0x41, 0x00, 0x0B]), "type mismatch");
    }

    [Fact]
    public void Validate_GivesUnreachableCodeOperandsOfAnyType()
    {
        // unreachable, i32.add, drop, f32.const 0, i64.eqz would mismatch: only the unknowns are free.
        Validate(Function([], [I64], [0x00, 0x6A, 0x1A, 0x0B]));
        AssertInvalid(Function([], [], [0x00, 0x43, 0, 0, 0, 0, 0x50, 0x1A, 0x0B]), "type mismatch");
    }

    [Fact]
    public void Validate_TypesMultiValueBlocksByTypeIndex()
    {
        // Type 1 is [i32 i32] -> [i32]: i32.const 1, i32.const 2, block (type 1) i32.add end
        Validate(Function([], [I32], [0x41, 0x01, 0x41, 0x02, 0x02, 0x01, 0x6A, 0x0B, 0x0B]));
        AssertInvalid(Function([], [I32], [0x02, 0x09, 0x0B, 0x0B]), "unknown type 9");
    }

    [Fact]
    public void Validate_RequiresAnIfWithoutElseToPassItsParametersThrough()
    {
        // i32.const 0, if (result i32) i32.const 1 end: the missing else would produce nothing.
        AssertInvalid(Function([], [I32], [0x41, 0x00, 0x04, I32, 0x41, 0x01, 0x0B, 0x0B]), "type mismatch");
        Validate(Function([], [I32], [0x41, 0x00, 0x04, I32, 0x41, 0x01, 0x05, 0x41, 0x02, 0x0B, 0x0B]));
    }

    [Fact]
    public void Validate_ChecksBranchLabelsAndArity()
    {
        AssertInvalid(Function([0x0C, 0x01, 0x0B]), "unknown label");
        // block (result i32) br 0 end: the branch carries no i32.
        AssertInvalid(Function([], [I32], [0x02, I32, 0x0C, 0x00, 0x0B, 0x0B]), "type mismatch");
        // block (result i32) i32.const 1 i32.const 0 br_if 0 end
        Validate(Function([], [I32], [0x02, I32, 0x41, 0x01, 0x41, 0x00, 0x0D, 0x00, 0x0B, 0x0B]));
    }

    [Fact]
    public void Validate_RequiresBrTableTargetsOfOneArity()
    {
        // block block (result i32) i32.const 0 br_table [0] 1 -- label 0 carries i32, label 1 nothing.
        AssertInvalid(Function([0x02, 0x40, 0x02, I32, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x0B, 0x0B]), "type mismatch");
        // In unreachable code br_table's operands are unknown and the labels agree.
        Validate(Function([0x02, 0x40, 0x00, 0x0E, 0x01, 0x00, 0x00, 0x0B, 0x0B]));
    }

    [Fact]
    public void Validate_KeepsUntypedSelectToNumbers()
    {
        // ref.null func, ref.null func, i32.const 1, select
        AssertInvalid(Function([0xD0, FuncRef, 0xD0, FuncRef, 0x41, 0x01, 0x1B, 0x1A, 0x0B]), "type mismatch");
        // Typed select with funcref is fine.
        Validate(Function([0xD0, FuncRef, 0xD0, FuncRef, 0x41, 0x01, 0x1C, 0x01, FuncRef, 0x1A, 0x0B]));
        AssertInvalid(Function([0x41, 0x01, 0x41, 0x01, 0x41, 0x01, 0x1C, 0x02, I32, I32, 0x1A, 0x0B]), "invalid result arity");
    }

    [Fact]
    public void Validate_ChecksLocalsAndGlobals()
    {
        AssertInvalid(Function([I32], [], [0x20, 0x01, 0x1A, 0x0B]), "unknown local 1");
        Validate(Function([I32], [], [0x20, 0x02, 0x1A, 0x0B], locals: [(2, I64)]));
        AssertInvalid(Function([0x23, 0x00, 0x1A, 0x0B]), "unknown global 0");
    }

    [Fact]
    public void Validate_ChecksMemoryInstructions()
    {
        // i32.const 0, i32.load align=2^3 (natural is 2^2)
        AssertInvalid(Function([], [I32], [0x41, 0x00, 0x28, 0x03, 0x00, 0x0B]), "alignment must not be larger than natural");
        AssertInvalid(Function([], [I32], [0x41, 0x00, 0x28, 0x02, 0x00, 0x0B], memory: false), "unknown memory 0");
        AssertMalformed(Function([], [I32], [0x41, 0x00, 0x28, 0x40, 0x00, 0x0B]), "malformed memop flags");
        AssertMalformed(Function([0x3F, 0x01, 0x1A, 0x0B]), "zero byte expected");
    }

    [Fact]
    public void Validate_RequiresRefFuncTargetsToBeDeclared()
    {
        AssertInvalid(Function([0xD2, 0x00, 0x1A, 0x0B]), "undeclared function reference");
        AssertInvalid(Function([0xD2, 0x05, 0x1A, 0x0B]), "unknown function 5");
    }

    [Fact]
    public void Validate_ReportsElseOutsideAnIfAsMalformed() =>
        AssertMalformed(Function([0x02, 0x40, 0x05, 0x0B, 0x0B]), "END opcode expected");

    [Fact]
    public void Validate_ReportsCodeAfterTheFinalEndAsMalformed() =>
        AssertMalformed(Function([0x0B, 0x01, 0x0B]), "section size mismatch");

    [Fact]
    public void Validate_ReportsIllegalOpcodes()
    {
        AssertMalformed(Function([0x06, 0x0B]), "illegal opcode");
        AssertMalformed(Function([0xFC, 0x12, 0x0B]), "illegal opcode");
        AssertMalformed(Function([0xFD, 0x0C, 0x0B]), "illegal opcode (SIMD is not supported)");
    }

    [Fact]
    public void Validate_RejectsV128() =>
        AssertInvalid(Function([0x7B], [], [0x0B]), "SIMD (v128) is not supported");

    [Fact]
    public void Validate_AllocationDoesNotGrowWithCodeSize()
    {
        byte[] Repeat(int n) => [.. Enumerable.Repeat(new byte[] { 0x41, 0x01, 0x1A }, n).SelectMany(b => b), 0x0B];
        var small = Function(Repeat(10));
        var large = Function(Repeat(20_000));
        var smallModule = Binary.ModuleDecoderTests.DecodeForTest(small);
        var largeModule = Binary.ModuleDecoderTests.DecodeForTest(large);
        Phasor.Wasm.Validation.ModuleValidator.Validate(largeModule); // Warm up the thread's reusable validator.

        var before = GC.GetAllocatedBytesForCurrentThread();
        Phasor.Wasm.Validation.ModuleValidator.Validate(smallModule);
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Phasor.Wasm.Validation.ModuleValidator.Validate(largeModule);
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(smallBytes, largeBytes);
    }
}
