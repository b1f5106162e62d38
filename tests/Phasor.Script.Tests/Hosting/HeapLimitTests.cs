using Phasor.Script.Hosting;
using Phasor.Script.Vm;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Scripts that allocate without bound stop with a clear error, never an OutOfMemoryException.</summary>
/// <remarks>
/// The limit measures the process's heap, so these tests run alone (not beside other test classes, whose engines
/// would count toward a 16 MB limit) and each engine starts after a collection, so garbage left by earlier tests does
/// not inflate its baseline.
/// </remarks>
[Collection(nameof(HeapLimitTests))]
public sealed class HeapLimitTests
{
    private const long Limit = 16L << 20;

    [Theory]
    [InlineData("const a: any[] = [];\nfor (;;) a.push({ x: 1 });")]
    [InlineData("let s = 'x';\nfor (;;) s = s + s;")]
    [InlineData("let s = 'abc';\nfor (;;) s += s + '!';")]
    [InlineData("new Array(2 ** 31).fill(0);")]
    [InlineData("const a: any[] = [];\na.length = 4e9;\na.fill(1);")]
    [InlineData("'x'.repeat(2 ** 28);")]
    [InlineData("'x'.padEnd(2 ** 28);")]
    [InlineData("const m = new Map();\nfor (let i = 0; ; i++) m.set(i, i);")]
    [InlineData("const s = new Set();\nfor (let i = 0; ; i++) s.add('k' + i);")]
    [InlineData("const o: any = {};\nfor (let i = 0; ; i++) o['k' + i] = [i];")]
    [InlineData("function grow(n: number): any[] { return [grow, n, new Array(1000).fill(n)]; }\nconst keep: any[] = [];\nfor (let i = 0; ; i++) keep.push(grow(i));")]
    public void UnboundedAllocation_StopsAtTheHeapLimit(string source)
    {
        var engine = NewEngine();

        var result = engine.Evaluate(source);

        Assert.Equal("Interrupted", result.ErrorName);
        Assert.Equal("Script stopped: it exceeded the heap limit of 16 MB.", result.Error);
    }

    [Fact]
    public void HeapStop_CannotBeCaughtByTheScript()
    {
        var output = new StringWriter();
        var engine = NewEngine(output);

        var result = engine.Evaluate("const a: any[] = [];\ntry { for (;;) a.push([1, 2, 3]); } catch (e) { console.log('caught'); }");

        Assert.Equal("Interrupted", result.ErrorName);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void AfterAHeapStop_TheEngineStaysUsable()
    {
        var engine = NewEngine();
        engine.Evaluate("let big: any[] = [];\nfor (;;) big.push({ x: 1 });");

        var result = engine.Evaluate("big = [];\n[1, 2, 3].map(x => x * 2).join()");

        Assert.Equal("2,4,6", result.Value);
    }

    [Fact]
    public void CallFromCSharp_IsStoppedWithAnInterruption()
    {
        var engine = NewEngine();
        var hog = engine.Evaluate("() => { const a: string[] = []; for (let i = 0; ; i++) a.push('item ' + i); }").CompletionValue;

        var stop = Assert.Throws<ExecutionInterruptedException>(() => hog.Call());

        Assert.Contains("heap limit of 16 MB", stop.Message);
    }

    [Theory]
    [InlineData("'x'.repeat(2 ** 30)")]
    [InlineData("'x'.padStart(2 ** 53)")]
    public void StringsPastTheMaximumLength_AreARangeError_AsInV8(string source)
    {
        var result = new ScriptEngine().Evaluate("let r = '';\ntry { " + source + "; } catch (e) { r = String(e); }\nr");

        Assert.Equal("RangeError: Invalid string length", result.Value);
    }

    [Theory]
    [InlineData("new Array(2 ** 31).length", 2147483648.0)]
    [InlineData("const a: any[] = [];\na.length = 4e9;\na.push(1);\na.length", 4e9 + 1)]
    public void HugeButEmptyArrays_AreFine_AsInNode(string source, double length)
    {
        var result = NewEngine().Evaluate(source);

        Assert.Equal(length, result.Value);
    }

    [Fact]
    public void GarbageChurn_FarPastTheLimit_IsNotStopped()
    {
        var engine = NewEngine();

        // About 200 MB of short-lived strings and arrays, never more than a few kilobytes live.
        var result = engine.Evaluate("""
            let total = 0;
            for (let i = 0; i < 20000; i++) {
              const parts = ['voice', String(i), 'x'.repeat(2500)];
              total += parts.join('-').length;
            }
            total
            """);

        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public void ZeroLimit_DisablesTheGuard()
    {
        const string source = "'x'.repeat(2 ** 25).length";
        var engine = NewEngine();

        var limited = engine.Evaluate(source);
        engine.MaxHeapBytes = 0;
        var unlimited = engine.Evaluate(source);

        Assert.Equal("Interrupted", limited.ErrorName);
        Assert.Equal(33554432.0, unlimited.Value);
    }

    private static ScriptEngine NewEngine(TextWriter? output = null)
    {
        GC.Collect();
        return new ScriptEngine(output) { MaxHeapBytes = Limit };
    }
}
