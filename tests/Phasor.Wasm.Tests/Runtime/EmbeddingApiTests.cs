using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Tests.Runtime;

public sealed class EmbeddingApiTests
{
    private static Instance Api(Func<int, int>? twice = null, Action<Linker>? more = null) => TestModules.Instantiate("api", linker =>
    {
        linker.DefineFunction("host", "twice", twice ?? (x => 2 * x));
        linker.DefineFunction("host", "grow", new FuncType([ValueType.I32], [ValueType.I32]), (caller, args, results) =>
            results[0] = Value.FromI32(caller.Memory!.Grow((uint)args[0].AsI32())));
        more?.Invoke(linker);
    });

    [Fact]
    public void TypedExport_AddsWithoutBoxing()
    {
        var add = Api().GetFunction<int, int, int>("add");
        Assert.Equal(5, add(2, 3));
        Assert.Equal(int.MinValue, add(int.MaxValue, 1));
    }

    [Fact]
    public void TypedExport_MixedTypes()
    {
        var mix = Api().GetFunction<long, float, double, double>("mix");
        Assert.Equal(10.5 + 0.25 + 1e10, mix(10_000_000_000, 10.5f, 0.25));
    }

    [Fact]
    public void TypedExport_WrongSignature_IsAnArgumentError()
    {
        var instance = Api();
        var e = Assert.Throws<ArgumentException>(() => instance.GetFunction<long, int>("add"));
        Assert.Contains("[i32 i32] -> [i32]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => instance.GetFunction<int, int, int>("missing"));
    }

    [Fact]
    public void UntypedInvoke_ChecksTypesAndReturnsAllResults()
    {
        var pair = Api().GetFunction("pair")!;
        var results = pair.Invoke(Value.FromI32(-3));
        Assert.Equal([Value.FromI32(-3), Value.FromI64(-3)], results);
        Assert.Throws<ArgumentException>(() => pair.Invoke(Value.FromI64(1)));
        Assert.Throws<ArgumentException>(() => pair.Invoke());
    }

    [Fact]
    public void TypedHostFunction_IsCalledFromWasm()
    {
        var calls = 0;
        var f = Api(x => { calls++; return x * 10; }).GetFunction<int, int>("twice_plus_one");
        Assert.Equal(71, f(7));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void HostFunction_Exception_PassesThrough_AndTheStoreStaysUsable()
    {
        var fail = true;
        var instance = Api(x => fail ? throw new InvalidOperationException("host failed") : x);
        var f = instance.GetFunction<int, int>("twice_plus_one");
        var e = Assert.Throws<InvalidOperationException>(() => f(1));
        Assert.Equal("host failed", e.Message);
        fail = false;
        Assert.Equal(6, f(5));
        Assert.Equal(9, instance.GetFunction<int, int, int>("add")(4, 5));
    }

    [Fact]
    public void HostFunction_CatchingATrapFromANestedCall_ContinuesTheOuterCall()
    {
        Instance? self = null;
        self = Api(x =>
        {
            // Re-enter Wasm, which traps; the host handles it and the outer Wasm call carries on.
            var trap = Assert.Throws<TrapException>(() => self!.GetFunction<int, int, int, int>("call_table")(9, 0, 0));
            Assert.Equal(TrapKind.UndefinedElement, trap.Kind);
            return x + 100;
        });
        Assert.Equal(108, self.GetFunction<int, int>("twice_plus_one")(7));
        Assert.Equal(3, self.GetFunction<int, int, int>("add")(1, 2));
    }

    [Fact]
    public void HostFunction_GrowingMemory_IsSeenByTheCallerAfterTheCall()
    {
        var instance = Api();
        var memory = instance.GetMemory("memory")!;
        Assert.Equal(1u, memory.Pages);
        // Address 70000 is beyond the first page: valid only once the host call has grown the memory.
        Assert.Equal(42, instance.GetFunction<int, int>("grow_then_store")(70_000));
        Assert.Equal(2u, memory.Pages);
        Assert.Equal(42, memory.ReadInt32(70_000));
    }

    [Fact]
    public void MemoryHelpers_ReadWhatWasmWrote_AndTrapOutOfBounds()
    {
        var instance = Api();
        var memory = instance.GetMemory("memory")!;
        Assert.Equal("hello", memory.ReadUtf8(16, 5));
        instance.GetAction<int, int>("store")(100, 0x12345678);
        Assert.Equal(0x12345678, memory.ReadInt32(100));
        Assert.Equal(0x78, memory.ReadByte(100));
        memory.WriteInt64(200, -2);
        Assert.Equal(-2, instance.GetFunction<int, int>("load")(200));
        memory.WriteDouble(300, 1.5);
        Assert.Equal(1.5, memory.ReadDouble(300));
        var trap = Assert.Throws<TrapException>(() => memory.ReadInt32(65_533));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
    }

    [Fact]
    public void Globals_GetAndSet_RespectMutability()
    {
        var instance = Api();
        var counter = instance.GetGlobal("counter")!;
        Assert.Equal(7, counter.Value.AsI32());
        instance.GetAction("bump")();
        Assert.Equal(8, counter.Value.AsI32());
        counter.Value = Value.FromI32(100);
        instance.GetAction("bump")();
        Assert.Equal(101, counter.Value.AsI32());
        var pi = instance.GetGlobal("pi")!;
        Assert.Equal(3.25, pi.Value.AsF64());
        Assert.Throws<InvalidOperationException>(() => pi.Value = Value.FromF64(1));
        Assert.Throws<ArgumentException>(() => counter.Value = Value.FromI64(1));
    }

    [Fact]
    public void Table_HoldsFunctions_TheHostCanRearrange()
    {
        var instance = Api();
        var table = instance.GetTable("table")!;
        var call = instance.GetFunction<int, int, int, int>("call_table");
        Assert.Equal(7, call(0, 5, 2));
        Assert.Equal(3, call(1, 5, 2));
        table.Set(0, table.Get(1));
        Assert.Equal(3, call(0, 5, 2));
        Assert.Equal(2, table.Grow(3, Value.FromFunction(instance.GetFunction("add"))));
        Assert.Equal(7, call(4, 5, 2));
        var trap = Assert.Throws<TrapException>(() => call(5, 0, 0));
        Assert.Equal(TrapKind.UndefinedElement, trap.Kind);
    }

    [Fact]
    public void Exports_ListEveryEntityByName()
    {
        var exports = Api().Exports;
        Assert.IsType<MemoryInstance>(exports["memory"]);
        Assert.IsType<TableInstance>(exports["table"]);
        Assert.IsType<GlobalInstance>(exports["counter"]);
        Assert.IsType<FunctionInstance>(exports["add"]);
    }

    [Fact]
    public void Instantiate_MissingImport_IsUnknownImport()
    {
        var module = TestModules.Compile("api");
        var store = new Store(module.Engine);
        var e = Assert.Throws<Errors.LinkException>(() => store.Instantiate(module));
        Assert.Equal("unknown import", e.Message);
        Assert.Equal(("host", "twice"), (e.ImportModule, e.ImportName));
    }

    [Fact]
    public void Instantiate_ImportOfWrongType_IsIncompatible()
    {
        var module = TestModules.Compile("api");
        var linker = new Linker(new Store(module.Engine));
        linker.DefineFunction("host", "twice", (long x) => x);
        linker.DefineFunction("host", "grow", (int x) => x);
        var e = Assert.Throws<Errors.LinkException>(() => linker.Instantiate(module));
        Assert.Equal("incompatible import type", e.Message);
    }

    [Fact]
    public void CompiledModule_InstantiatesManyTimes_WithSeparateState()
    {
        var module = TestModules.Compile("api");
        Instance Make()
        {
            var linker = new Linker(new Store(module.Engine));
            linker.DefineFunction("host", "twice", (int x) => x);
            linker.DefineFunction("host", "grow", (int x) => -1);
            return linker.Instantiate(module);
        }

        var (a, b) = (Make(), Make());
        a.GetAction("bump")();
        Assert.Equal(8, a.GetGlobal("counter")!.Value.AsI32());
        Assert.Equal(7, b.GetGlobal("counter")!.Value.AsI32());
    }

    [Fact]
    public void Compile_MalformedBytes_IsALocatedError()
    {
        var e = Assert.Throws<Errors.MalformedModuleException>(() => new WasmEngine().Compile(new byte[] { 0, 0x61, 0x73, 0x6D, 2, 0, 0, 0 }));
        Assert.Contains("at byte", e.Located, StringComparison.Ordinal);
    }
}
