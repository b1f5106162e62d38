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
        var result = JsValue.Undefined;
        var allocated = MinimumAllocation(() => result = vm.Call(loop, JsValue.Undefined, [JsValue.FromNumber(10_000)]));

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
        var allocated = MinimumAllocation(() => engine.Vm.Call(step, JsValue.Undefined, [JsValue.FromNumber(10_000)]));

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void CachedGetters_AndCallsWithMissingArguments_AllocateNothing()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("""
            class P { x = 2; get twice() { return this.x * 2; } }
            const p = new P();
            function pad(a: number, b?: number) { return b === undefined ? a : a + b; }
            function step(n: number) {
              let sum = 0;
              for (let i = 0; i < n; i++) { sum = pad(sum, p.twice) + pad(1); }
              return sum;
            }
            """);
        var step = (Closure)engine.Evaluate("step").Value!;
        var result = JsValue.Undefined;
        var allocated = MinimumAllocation(() => result = engine.Vm.Call(step, JsValue.Undefined, [JsValue.FromNumber(10_000)]));

        Assert.Equal(0, allocated);
        Assert.Equal(50_000.0, result.Number);
    }

    /// <summary>The least any of several warm runs allocated: the JIT's tier-up (OSR) can allocate on the thread once.</summary>
    private static long MinimumAllocation(Action run)
    {
        var least = long.MaxValue;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
