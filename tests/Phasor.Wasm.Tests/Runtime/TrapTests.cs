using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Runtime;

public sealed class TrapTests
{
    [Fact]
    public void Trap_NamesTheFunctionFromTheNameSection()
    {
        var instance = TestModules.Instantiate("traps");
        var trap = Assert.Throws<TrapException>(() => instance.GetAction("outer")());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        Assert.Equal("boom", trap.FunctionName);
        Assert.Equal(0, trap.FunctionIndex);
        Assert.Equal("trap in boom: unreachable", trap.Located);
    }

    [Theory]
    [InlineData(1, 0, TrapKind.IntegerDivideByZero, "integer divide by zero")]
    [InlineData(int.MinValue, -1, TrapKind.IntegerOverflow, "integer overflow")]
    public void Trap_KindAndMessageAsTheSpecWordsThem(int a, int b, TrapKind kind, string message)
    {
        var divide = TestModules.Instantiate("traps").GetFunction<int, int, int>("divide");
        var trap = Assert.Throws<TrapException>(() => divide(a, b));
        Assert.Equal(kind, trap.Kind);
        Assert.Equal(message, trap.Message);
        Assert.Equal("divide", trap.FunctionName);
    }

    [Fact]
    public void Trap_LeavesTheInstanceUsable()
    {
        var instance = TestModules.Instantiate("traps");
        var divide = instance.GetFunction<int, int, int>("divide");
        Assert.Throws<TrapException>(() => instance.GetFunction<int>("load_far")());
        Assert.Throws<TrapException>(() => divide(1, 0));
        Assert.Equal(-3, divide(7, -2));
    }

    [Fact]
    public void TrapMessages_CoverEveryKind()
    {
        foreach (var kind in Enum.GetValues<TrapKind>())
        {
            Assert.False(string.IsNullOrEmpty(TrapMessages.For(kind)));
        }
    }
}
