using Phasor.Script.Hosting;
using Phasor.Script.Vm;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Calling script functions from C#: arguments, this, results, errors, limits and re-entrancy.</summary>
public sealed class ScriptCallTests
{
    [Fact]
    public void GlobalFunction_IsCalledWithArguments_AndReturnsItsResult()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("function mix(a: number, b: number, t: number) { return a + (b - a) * t; }");

        Assert.Equal(15.0, engine.GetGlobal("mix").Call(10, 20, 0.5).AsNumber());
        Assert.Equal(12.5, engine.Invoke("mix", 10, 20, 0.25).AsNumber());
    }

    [Fact]
    public void ReturnedClosure_AndMethodWithThis_AreCallable()
    {
        var engine = new ScriptEngine();
        var counter = engine.Evaluate("""
            function makeCounter(step: number) { let n = 0; return () => (n += step); }
            const voice = { gain: 0.5, level(x: number) { return this.gain * x; } };
            makeCounter(3)
            """).CompletionValue;
        var voice = engine.GetGlobal("voice");
        var other = engine.CreateObject();
        other["gain"] = 2;

        counter.Call();

        Assert.Equal(6.0, counter.Call().AsNumber());
        Assert.Equal(0.25, voice.Invoke("level", 0.5).AsNumber());
        Assert.Equal(1.0, voice["level"].CallWithThis(other, 0.5).AsNumber());
    }

    [Fact]
    public void ScriptClass_IsConstructedFromCSharp()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("class Voice { constructor(public note: number) {} hz() { return 440 * 2 ** ((this.note - 69) / 12); } }");

        var voice = engine.GetGlobal("Voice").Construct(81);

        Assert.Equal(880.0, voice.Invoke("hz").AsNumber());
        Assert.True(voice.InstanceOf(engine.GetGlobal("Voice")));
    }

    [Fact]
    public void ScriptError_SurfacesWithItsNameMessageAndScriptStack()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("function check(x: number) {\n  if (x < 0) throw new RangeError('negative: ' + x);\n  return x;\n}\nfunction outer(x: number) { return check(x); }", "lib.ts");

        var error = Assert.Throws<ScriptErrorException>(() => engine.Invoke("outer", -2));

        Assert.Equal("RangeError", error.ErrorName);
        Assert.Equal("negative: -2", error.ErrorMessage);
        var lines = error.ScriptStack.Split('\n');
        Assert.Equal("RangeError: negative: -2", lines[0]);
        Assert.StartsWith("    at check (lib.ts:2:", lines[1]);
        Assert.StartsWith("    at outer (lib.ts:5:", lines[2]);
        Assert.Equal("RangeError", error.Value["name"].AsString());
    }

    [Fact]
    public void ThrownNonErrorValue_SurfacesWithTheValue()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("function f() { throw { code: 7 }; }");

        var error = Assert.Throws<ScriptErrorException>(() => engine.Invoke("f"));

        Assert.Null(error.ErrorName);
        Assert.Equal("{ code: 7 }", error.ErrorMessage);
        Assert.Equal(7.0, error.Value["code"].AsNumber());
    }

    [Fact]
    public void CallingANonFunction_IsATypeError()
    {
        var engine = new ScriptEngine();

        var error = Assert.Throws<ScriptErrorException>(() => engine.Evaluate("42").CompletionValue.Call());

        Assert.Equal("TypeError", error.ErrorName);
        Assert.Equal("42 is not a function", error.ErrorMessage);
    }

    [Fact]
    public void InstructionBudget_AppliesToEachCallFromCSharp()
    {
        var engine = new ScriptEngine { InstructionBudget = 100_000 };
        engine.Evaluate("function spin() { for (;;) {} }\nfunction quick() { let s = 0; for (let i = 0; i < 50000; i++) s += i; return s; }");

        var stop = Assert.Throws<ExecutionInterruptedException>(() => engine.Invoke("spin"));

        Assert.Contains("instruction budget of 100000", stop.Message);
        Assert.Equal(1_249_975_000.0, engine.Invoke("quick").AsNumber());
        Assert.Equal(1_249_975_000.0, engine.Invoke("quick").AsNumber());
    }

    [Fact]
    public void Cancellation_StopsACallFromCSharp()
    {
        var engine = new ScriptEngine();
        var spin = engine.Evaluate("function spin() { for (;;) {} }\nspin").CompletionValue;
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var stop = Assert.Throws<ExecutionInterruptedException>(() => engine.Call(spin, ScriptValue.Undefined, [], source.Token));

        Assert.Contains("cancelled", stop.Message);
    }

    [Fact]
    public void HostFunction_CanCallBackIntoScript_AndScriptErrorsPassThroughUnchanged()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("each", (in CallArguments args) =>
        {
            var callback = args[1];
            var sum = 0.0;
            for (var i = 0; i < args.GetNumber(0); i++)
            {
                sum += callback.Call(i).AsNumber();
            }

            return sum;
        });

        Assert.Equal(30.0, engine.Evaluate("each(5, (i: number) => i * 3)").Value);
        var caught = engine.Evaluate("""
            const boom = new TypeError('from callback');
            let same = false;
            try { each(1, () => { throw boom; }); } catch (e) { same = e === boom; }
            same
            """);
        Assert.Equal(true, caught.Value);
    }

    [Fact]
    public void ReentrantRecursion_ThroughTheHost_HitsTheDepthLimitAsARangeError()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("bounce", (in CallArguments args) => args[0].Call(args[0]));

        var result = engine.Evaluate("function f(self: any): any { return bounce(self); }\nf(f);");

        Assert.Equal("RangeError", result.ErrorName);
        Assert.Contains("Maximum call stack size exceeded", result.Error);
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Value);
    }

    [Fact]
    public void BudgetOfTheRunningEvaluation_CoversCallsMadeFromHostFunctions()
    {
        var engine = new ScriptEngine { InstructionBudget = 100_000 };
        engine.SetFunction("run", (in CallArguments args) => args[0].Call());

        var result = engine.Evaluate("run(() => { for (;;) {} })");

        Assert.Equal("Interrupted", result.ErrorName);
    }

    [Fact]
    public void Evaluate_FromInsideAHostFunction_IsRefused()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("nested", () => engine.Evaluate("1").Success);

        var result = engine.Evaluate("nested()");

        Assert.Equal("Error", result.ErrorName);
        Assert.Contains("Evaluate cannot be called while the engine is running script", result.Error);
    }

    [Fact]
    public async Task EngineBusyOnOneThread_RefusesAnother()
    {
        var engine = new ScriptEngine();
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        engine.SetFunction("wait", () =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(10));
        });
        var worker = Task.Run(() => engine.Evaluate("wait(); 1"));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)));

        var error = Assert.Throws<InvalidOperationException>(() => engine.Evaluate("2"));
        var call = Assert.Throws<InvalidOperationException>(() => engine.GetGlobal("Math"));
        Assert.Throws<InvalidOperationException>(() => engine.SetGlobal("x", 1));

        release.Set();
        Assert.Contains("another thread", error.Message);
        Assert.Contains("another thread", call.Message);
        Assert.Equal(1.0, (await worker).Value);
        Assert.Equal(2.0, engine.Evaluate("2").Value);
    }

    [Fact]
    public void CallFromCSharp_WithNumbers_AllocatesNothingAfterWarmUp()
    {
        var engine = new ScriptEngine();
        var add = engine.Evaluate("(a: number, b: number) => a + b").CompletionValue;

        var allocated = Allocation.Least(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                add.Call(i, 0.5);
            }
        });

        Assert.Equal(0, allocated);
    }
}
