using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Runtime;

/// <summary>A hostile module costs time up to the limits, then traps; it never crashes or hangs the host.</summary>
public sealed class LimitTests
{
    private static Instance Limits(StoreLimits? limits = null, Func<int, int>? reenter = null)
    {
        Instance? self = null;
        self = TestModules.Instantiate("limits", linker =>
            linker.DefineFunction("host", "reenter", reenter ?? (x => self!.GetFunction<int, int>("bounce")(x))), limits);
        return self;
    }

    [Fact]
    public void Fuel_StopsAnInfiniteLoop()
    {
        var instance = Limits();
        instance.Store.Fuel = 100_000;
        var trap = Assert.Throws<TrapException>(() => instance.GetAction("spin")());
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        Assert.Equal("fuel exhausted", trap.Message);
        Assert.Equal(0, instance.Store.Fuel);
    }

    [Fact]
    public void Fuel_IsChargedRoughlyPerInstructionInLoops()
    {
        var instance = Limits();
        instance.Store.Fuel = 10_000_000;
        // Each iteration runs about 4 Wasm instructions' worth of IR.
        Assert.Equal(100_000, instance.GetFunction<int, int>("count")(100_000));
        var used = 10_000_000 - instance.Store.Fuel!.Value;
        Assert.InRange(used, 100_000, 1_000_000);
    }

    [Fact]
    public void Fuel_ChargesBulkOperationsByTheirSize()
    {
        var instance = Limits();
        instance.Store.Fuel = 1_000_000;
        var trap = Assert.Throws<TrapException>(() => instance.GetAction("fill_forever")());
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        // A 64 KiB fill costs 4096 units, so a million units allow a few hundred passes, not a third of a million.
        Assert.InRange(instance.GetGlobal("passes")!.Value.AsI32(), 100, 300);
    }

    [Fact]
    public void Fuel_FailedGrowth_CostsOnlyWhatWasAskedFor()
    {
        var instance = Limits(new StoreLimits { MaxMemoryPages = 1 });
        instance.Store.Fuel = 100_000;
        Assert.Equal(-1, instance.GetFunction<int, int>("grow_memory")(1));
        Assert.InRange(instance.Store.Fuel!.Value, 90_000, 100_000);
    }

    [Fact]
    public void Fuel_Unlimited_ByDefault()
    {
        var instance = Limits();
        Assert.Null(instance.Store.Fuel);
        Assert.Equal(1_000_000, instance.GetFunction<int, int>("count")(1_000_000));
    }

    [Fact]
    public void Fuel_RunningOut_LeavesTheStoreUsableAfterRefuelling()
    {
        var instance = Limits();
        instance.Store.Fuel = 1000;
        Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("count")(1_000_000));
        instance.Store.Fuel = null;
        Assert.Equal(10, instance.GetFunction<int, int>("count")(10));
    }

    [Fact]
    public async Task Interrupt_FromAnotherThread_StopsAnInfiniteLoop()
    {
        var instance = Limits();
        var spin = instance.GetAction("spin");
        var run = Task.Run(() => Assert.Throws<TrapException>(() => spin()));
        await Task.Delay(50);
        instance.Store.Interrupt();
        var trap = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
        // The interrupt is consumed: the next call runs normally.
        Assert.Equal(3, instance.GetFunction<int, int>("count")(3));
    }

    [Fact]
    public void CallDepth_DeepRecursion_IsCallStackExhausted()
    {
        var instance = Limits(new StoreLimits { MaxCallDepth = 1000 });
        var recurse = instance.GetFunction<int, int>("recurse");
        Assert.Equal(900, recurse(900));
        var trap = Assert.Throws<TrapException>(() => recurse(5000));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.Equal("call stack exhausted", trap.Message);
        Assert.Equal(900, recurse(900));
    }

    [Fact]
    public void CallDepth_UnboundedRecursion_TrapsWithTheDefaultLimits()
    {
        var trap = Assert.Throws<TrapException>(() => Limits().GetFunction<int>("forever")());
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
    }

    [Fact]
    public void ValueStack_BigFrames_RunOutBeforeTheDepthLimit()
    {
        var instance = Limits(new StoreLimits { ValueStackSlots = 10_000, MaxCallDepth = 100_000 });
        var trap = Assert.Throws<TrapException>(() => instance.GetFunction<int>("wide")());
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
    }

    [Fact]
    public void HostReentry_WithoutEnd_TrapsInsteadOfOverflowingTheHostStack()
    {
        var trap = Assert.Throws<TrapException>(() => Limits().GetFunction<int, int>("bounce")(1));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
    }

    [Fact]
    public void MemoryPages_GrowthStopsAtTheStoreLimit()
    {
        var grow = Limits(new StoreLimits { MaxMemoryPages = 3 }).GetFunction<int, int>("grow_memory");
        Assert.Equal(1, grow(2));
        Assert.Equal(-1, grow(1));
        Assert.Equal(3, grow(0));
    }

    [Fact]
    public void MemoryPages_ModuleNeedingMoreThanTheLimit_FailsToInstantiate()
    {
        var module = TestModules.Compile("limits");
        var store = new Store(module.Engine, new StoreLimits { MaxMemoryPages = 0 });
        var linker = new Linker(store);
        linker.DefineFunction("host", "reenter", (int x) => x);
        var e = Assert.Throws<ResourceLimitException>(() => linker.Instantiate(module));
        Assert.Contains("exceeds the limit of 0 pages", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableSize_GrowthStopsAtTheStoreLimit()
    {
        var grow = Limits(new StoreLimits { MaxTableElements = 100 }).GetFunction<int, int>("grow_table");
        Assert.Equal(1, grow(99));
        Assert.Equal(-1, grow(1));
    }

    [Fact]
    public void Memory_GrowingPastTheHardMaximum_ReturnsMinusOne()
    {
        var store = new Store(new WasmEngine());
        var memory = store.CreateMemory(new MemoryType(new Limits(0, null)));
        Assert.Equal(-1, memory.Grow(MemoryInstance.HardMaxPages + 1));
        Assert.Equal(0u, memory.Pages);
    }
}
