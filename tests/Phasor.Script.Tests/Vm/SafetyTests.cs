using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Vm;

/// <summary>Runaway scripts are stopped: the instruction budget, cancellation and the call-depth limit.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void InfiniteLoop_IsStoppedByTheBudget_WithAClearError()
    {
        var engine = new ScriptEngine { InstructionBudget = 1_000_000 };

        var result = engine.Evaluate("let i = 0;\nwhile (true) { i++; }\n");

        Assert.False(result.Success);
        Assert.Contains("instruction budget", result.Error);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void BudgetStop_CannotBeCaughtByTheScript()
    {
        var output = new StringWriter();
        var engine = new ScriptEngine(output) { InstructionBudget = 1_000_000 };

        var result = engine.Evaluate("while (true) { try { for (;;) {} } catch (e) { console.log('caught'); } }");

        Assert.False(result.Success);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void InfiniteRecursion_IsAlsoCountedByTheBudget()
    {
        var engine = new ScriptEngine { InstructionBudget = 100_000 };

        var result = engine.Evaluate("function f(): number { try { return f(); } catch { return f(); } }\nf();");

        Assert.False(result.Success);
    }

    [Fact]
    public void Cancellation_StopsALoop()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        var result = new ScriptEngine().Evaluate("for (;;) {}", "c.ts", source.Token);

        Assert.Contains("cancelled", result.Error);
    }

    [Fact]
    public void DeepRecursion_RaisesRangeError_NotAHostStackOverflow()
    {
        var result = new ScriptEngine().Evaluate("function f(n: number): number { return f(n + 1) + 1; }\nf(0);");

        Assert.Equal("RangeError", result.ErrorName);
        Assert.Contains("Maximum call stack size exceeded", result.Error);
    }

    [Fact]
    public void RecursionThroughBuiltinCallbacks_CountsTowardTheDepth()
    {
        var result = new ScriptEngine().Evaluate("function g(): any { return [1].map(g); }\ng();");

        Assert.Equal("RangeError", result.ErrorName);
    }

    [Fact]
    public void StackOverflow_CanBeCaughtByTheScript_AndTheEngineStaysUsable()
    {
        var output = new StringWriter { NewLine = "\n" };
        var engine = new ScriptEngine(output);

        engine.Evaluate("function f(): number { return f(); }\ntry { f(); } catch (e) { console.log(e instanceof RangeError); }");
        var again = engine.Evaluate("console.log(1 + 1);");

        Assert.True(again.Success);
        Assert.Equal("true\n2\n", output.ToString());
    }
}
