using Phasor.Script.Hosting;
using Phasor.Script.Runtime;
using Phasor.Script.Vm;

namespace Phasor.Script.Tests.Vm;

/// <summary>Allocation gates: script calls and numeric loops reuse the register stack and allocate nothing.</summary>
public sealed class VmAllocationTests
{
    [Fact]
    public void NonCapturingCalls_AndANumericLoop_AllocateNothingAfterWarmUp()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("""
            function add(a: number, b: number) { return a + b; }
            function loop(n: number) {
              let sum = 0;
              for (let i = 0; i < n; i++) { sum = add(sum, i * 0.5); }
              return sum;
            }
            """);
        var loop = (Closure)engine.Evaluate("loop").Value!;
        var vm = engine.Vm;
        vm.Call(loop, JsValue.Undefined, [JsValue.FromNumber(100)]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = vm.Call(loop, JsValue.Undefined, [JsValue.FromNumber(10_000)]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(24_997_500.0, result.Number);
    }

    [Fact]
    public void PropertyReadsAndWrites_ThroughInlineCaches_AllocateNothing()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("""
            class P { x = 0; y = 1; }
            const p = new P();
            function step(n: number) {
              for (let i = 0; i < n; i++) { p.x = p.x + p.y; }
              return p.x;
            }
            """);
        var step = (Closure)engine.Evaluate("step").Value!;
        engine.Vm.Call(step, JsValue.Undefined, [JsValue.FromNumber(10)]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        engine.Vm.Call(step, JsValue.Undefined, [JsValue.FromNumber(10_000)]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
