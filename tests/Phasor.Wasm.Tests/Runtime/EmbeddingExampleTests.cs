using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Tests.Runtime;

/// <summary>The example of docs/embedding.md ("Embedding the Wasm engine"), statement for statement: change both together.</summary>
public sealed class EmbeddingExampleTests
{
    [Fact]
    public void DocumentedExample_RunsAsDescribed()
    {
        var output = new StringWriter();
        var engine = new WasmEngine(new WasmEngineOptions { Tier = WasmTier.Interpreter });
        CompiledModule module = engine.Compile(TestModules.Bytes("plugin"));

        var store = new Store(engine, new StoreLimits
        {
            MaxMemoryPages = 256,
            MaxTableElements = 10_000,
            MaxCallDepth = 10_000,
        });
        store.Fuel = 500_000_000;

        var linker = new Linker(store);
        linker.DefineFunction("env", "sin", (double x) => Math.Sin(x));
        linker.DefineFunction("env", "log", new FuncType([ValueType.I32, ValueType.I32], []), (caller, args, results) =>
            output.WriteLine(caller.Memory!.ReadUtf8((uint)args[0].AsI32(), args[1].AsI32())));

        Instance instance = linker.Instantiate(module);

        Func<int, int, int> add = instance.GetFunction<int, int, int>("add");
        int sum = add(2, 3);
        Assert.Equal(5, sum);

        Value[] results = instance.GetFunction("pair")!.Invoke(Value.FromI32(7));
        Assert.Equal([Value.FromI32(7), Value.FromF64(Math.Sin(7))], results);

        MemoryInstance memory = instance.GetMemory("memory")!;
        memory.WriteInt32(1024, 42);
        Span<byte> buffer = memory.GetSpan(2048, 256);
        Assert.Equal(256, buffer.Length);
        GlobalInstance gain = instance.GetGlobal("gain")!;
        gain.Value = Value.FromF32(0.5f);
        Assert.Equal(0.5f, gain.Value.AsF32());

        var trap = Assert.Throws<TrapException>(() => instance.GetAction("run")());
        Assert.Equal("trap in process_block: integer divide by zero", trap.Located);
        Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
        Assert.Equal("plugin ready\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
