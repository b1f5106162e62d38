using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Hosting;

public sealed class TerminationTests
{
    [Fact]
    public void HostFunctionThrowingATermination_EndsTheEvaluationPastScriptCatchAndFinally()
    {
        var output = new StringWriter();
        var engine = new ScriptEngine(output);
        engine.SetFunction("stop", (double code) => throw new Stop((int)code));

        var stop = Assert.Throws<Stop>(() => engine.Evaluate("""
            try { console.log("before"); stop(3); console.log("after"); }
            catch (e) { console.log("caught"); }
            finally { console.log("finally"); }
            """));

        Assert.Equal(3, stop.Code);
        Assert.Equal("before\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EngineAfterATermination_EvaluatesTheNextInput()
    {
        var output = new StringWriter();
        var engine = new ScriptEngine(output);
        engine.SetFunction("stop", (double code) => throw new Stop((int)code));
        Assert.Throws<Stop>(() => engine.Evaluate("function f() { stop(1); } f();"));

        var result = engine.Evaluate("console.log(1 + 1);");

        Assert.True(result.Success, result.Error);
        Assert.Equal("2\n", output.ToString().ReplaceLineEndings("\n"));
    }

    private sealed class Stop(int code) : ScriptTerminationException($"stop({code})")
    {
        public int Code { get; } = code;
    }
}
