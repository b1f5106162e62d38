using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Runtime;

/// <summary>Calls and instructions allocate nothing: frames live on the store's preallocated stack.</summary>
public sealed class AllocationTests
{
    [Fact]
    public void TypedCalls_AndWasmToWasmCalls_DoNotAllocate()
    {
        var instance = TestModules.Instantiate("limits", linker => linker.DefineFunction("host", "reenter", (int x) => x));
        var recurse = instance.GetFunction<int, int>("recurse");
        var count = instance.GetFunction<int, int>("count");
        Assert.Equal(100, recurse(100));
        Assert.Equal(1000, count(1000));
        var allocated = LeastAllocated(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                recurse(100);
                count(1000);
            }
        });
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TypedHostFunctions_DoNotAllocatePerCall()
    {
        var instance = TestModules.Instantiate("api", linker =>
        {
            linker.DefineFunction("host", "twice", (int x) => 2 * x);
            linker.DefineFunction("host", "grow", (int x) => -1);
        });
        var f = instance.GetFunction<int, int>("twice_plus_one");
        Assert.Equal(7, f(3));
        Assert.Equal(0, LeastAllocated(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                f(i);
            }
        }));
    }

    /// <summary>The least of a few runs, so a background allocation on this thread (tiering, for one) does not count.</summary>
    private static long LeastAllocated(Action run)
    {
        var least = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
