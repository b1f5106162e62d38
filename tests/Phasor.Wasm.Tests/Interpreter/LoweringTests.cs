using Phasor.Wasm.Interpreter;
using Phasor.Wasm.Runtime;
using Phasor.Wasm.Tests.Runtime;

namespace Phasor.Wasm.Tests.Interpreter;

/// <summary>The lowering's rewrites: each is checked in the IR it produces and in the results it computes.</summary>
public sealed class LoweringTests
{
    private static readonly CompiledModule s_module = TestModules.Compile("lowering");
    private static readonly Instance s_instance = new Store(s_module.Engine).Instantiate(s_module);

    private static string Ir(int function) => ((InterpreterModule)s_module.Code).Disassemble(function);

    private static string[] Ops(int function) =>
        [.. Ir(function).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])];

    [Fact]
    public void LocalSet_OfAComputedValue_WritesTheLocalDirectly()
    {
        Assert.Equal(["I32AddImm", "Return"], Ops(0));
        Assert.Contains("I32AddImm s0 s0 #1", Ir(0), StringComparison.Ordinal);
        Assert.Equal(42, s_instance.GetFunction<int, int>("increment")(41));
    }

    [Fact]
    public void Comparison_ReadOnlyByTheBranch_FusesWithIt()
    {
        Assert.Equal("BrI32GeS", Ops(1)[0]);
        var min = s_instance.GetFunction<int, int, int>("min");
        Assert.Equal(-5, min(-5, 3));
        Assert.Equal(3, min(4, 3));
    }

    [Fact]
    public void CounterTeeAndBranch_BecomeOneInstruction()
    {
        Assert.Contains("I32AddImmBrNz", Ops(2));
        Assert.DoesNotContain("BrNz", Ops(2));
        Assert.Equal(30, s_instance.GetFunction<int, int>("countdown")(10));
    }

    [Fact]
    public void AddressPlusConstant_FoldsIntoTheLoad_WrappingAt32Bits()
    {
        Assert.Equal(["I32Load8U", "Return"], Ops(3));
        s_instance.GetMemory("memory")!.WriteByte(3, 0x5A);
        // 5 + (-4) wraps to 1 as an i32; plus offset 2 reads byte 3. Without the wrap the address would be out of bounds.
        Assert.Equal(0x5A, s_instance.GetFunction<int, int>("load_at")(5));
        var trap = Assert.Throws<TrapException>(() => s_instance.GetFunction<int, int>("load_at")(3));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
    }

    [Fact]
    public void ConstantStore_ThroughAFoldedAddress_IsOneInstruction()
    {
        Assert.Equal(["Store8Imm", "Return"], Ops(4));
        s_instance.GetAction<int>("store_at")(1000);
        Assert.Equal(255, s_instance.GetMemory("memory")!.ReadByte(1100));
    }

    [Fact]
    public void LocalRead_StaysValid_WhenTheLocalChangesLater()
    {
        Assert.Equal(-3, s_instance.GetFunction<int, int>("keep_old")(7));
    }

    [Fact]
    public void ConsecutiveMoves_ShareOneDispatch()
    {
        Assert.Contains("Mov2", Ops(6));
        Assert.Equal(2, s_instance.GetFunction<int, int, int>("swap")(3, 5));
    }

    [Fact]
    public void Results_ThatAreSwappedLocals_ReturnInOrder()
    {
        var results = s_instance.GetFunction("flip")!.Invoke(Value.FromI32(1), Value.FromI32(2));
        Assert.Equal([Value.FromI32(2), Value.FromI32(1)], results);
    }

    [Fact]
    public void Disassembler_ShowsBranchTargetsAsPositions()
    {
        var ir = Ir(1);
        Assert.Matches(@"BrI32GeS s0 s1 ->\d+", ir);
    }
}
