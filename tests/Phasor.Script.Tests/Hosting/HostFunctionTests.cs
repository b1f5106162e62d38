using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Host functions: the general callback form, typed forms with script conversions, and errors raised by C#.</summary>
public sealed class HostFunctionTests
{
    [Fact]
    public void TypedFunctionOfDoubles_ConvertsArgumentsAsNumberDoes()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("midiToHz", (double note) => 440 * Math.Pow(2, (note - 69) / 12));
        engine.SetFunction("mix", (double a, double b) => (a + b) / 2);

        Assert.Equal(440.0, engine.Evaluate("midiToHz(69)").Value);
        Assert.Equal(880.0, engine.Evaluate("midiToHz('81')").Value);
        Assert.Equal(double.NaN, engine.Evaluate("midiToHz()").Value);
        Assert.Equal(1.5, engine.Evaluate("mix(1, 2)").Value);
    }

    [Fact]
    public void TypedFunctions_OfStringsIntsAndBooleans_AndActions()
    {
        var engine = new ScriptEngine();
        var said = new List<string>();
        engine.SetFunction("say", (string text) => said.Add(text));
        engine.SetFunction("bits", (int x) => x);
        engine.SetFunction("not", (bool b) => !b);
        engine.SetFunction("shout", (string s, int times) => string.Concat(Enumerable.Repeat(s.ToUpperInvariant(), times)));

        engine.Evaluate("say('hi'); say(42); say(undefined); say({})");

        Assert.Equal(["hi", "42", "undefined", "[object Object]"], said);
        Assert.Equal(-1.0, engine.Evaluate("bits(2 ** 32 - 1)").Value);
        Assert.Equal(true, engine.Evaluate("not('')").Value);
        Assert.Equal("ABAB", engine.Evaluate("shout('ab', 2)").Value);
    }

    [Fact]
    public void Callback_ReadsArgumentsThisAndCount_WithoutCopying()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("describe", (in CallArguments args) =>
            args.Count + ":" + args.GetNumber(0, 7) + ":" + args[1].TypeOf + ":" + args.This.Get("tag"), length: 2);

        Assert.Equal("0:7:undefined:t", engine.Evaluate("const o = { tag: 't', describe }; o.describe()").Value);
        Assert.Equal("2:3:string:t", engine.Evaluate("o.describe(3, 'x')").Value);
        Assert.Equal(2.0, engine.Evaluate("describe.length").Value);
        Assert.Equal("describe", engine.Evaluate("describe.name").Value);
    }

    [Fact]
    public void UnsupportedParameterType_IsRejectedAtRegistration()
    {
        var engine = new ScriptEngine();

        var error = Assert.Throws<ArgumentException>(() => engine.SetFunction("f", (decimal d) => d));

        Assert.Contains("Decimal", error.Message);
    }

    [Fact]
    public void ScriptErrorException_FromCSharp_IsAScriptErrorTheScriptCanCatch()
    {
        var output = new StringWriter { NewLine = "\n" };
        var engine = new ScriptEngine(output);
        engine.SetFunction("setFreq", (double hz) => hz > 0 ? hz : throw ScriptErrorException.RangeError("freq must be positive"));

        engine.Evaluate("try { setFreq(-1); } catch (e) { console.log(e instanceof RangeError, e.message); }");
        var uncaught = engine.Evaluate("\nsetFreq(0);", "cell.ts");

        Assert.Equal("true freq must be positive\n", output.ToString());
        Assert.Equal("RangeError", uncaught.ErrorName);
        Assert.StartsWith("Uncaught RangeError: freq must be positive\n    at <script> (cell.ts:2:", uncaught.Error);
    }

    [Fact]
    public void CustomErrorName_GetsItsOwnErrorSubclass()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("load", (string path) => throw new ScriptErrorException("PatchError", "no such patch: " + path));

        var result = engine.Evaluate("let r; try { load('x'); } catch (e) { r = [e.name, e.message, e instanceof Error].join('|'); } r");

        Assert.Equal("PatchError|no such patch: x|true", result.Value);
    }

    [Theory]
    [InlineData("ArgumentOutOfRangeException", "RangeError")]
    [InlineData("ArgumentException", "TypeError")]
    [InlineData("InvalidOperationException", "Error")]
    public void DotNetException_InAHostFunction_BecomesAScriptError(string exception, string errorName)
    {
        var engine = new ScriptEngine();
        engine.SetFunction("fail", () => throw exception switch
        {
            "ArgumentOutOfRangeException" => new ArgumentOutOfRangeException(nameof(exception), "out of range"),
            "ArgumentException" => new ArgumentException("bad argument"),
            _ => new InvalidOperationException("broken"),
        });

        var result = engine.Evaluate("fail()");

        Assert.Equal(errorName, result.ErrorName);
    }

    [Fact]
    public void DotNetException_ComesBackAsTheInnerException_WhenTheErrorReachesCSharp()
    {
        var engine = new ScriptEngine();
        var original = new InvalidOperationException("device busy");
        engine.SetFunction("open", () => throw original);
        engine.Evaluate("function start() { open(); }");

        var error = Assert.Throws<ScriptErrorException>(() => engine.Invoke("start"));

        Assert.Same(original, error.InnerException);
        Assert.Equal("Error", error.ErrorName);
        Assert.Equal("device busy", error.ErrorMessage);
    }

    [Fact]
    public void ConversionThatThrows_ReachesTheHostAsScriptErrorException_AndTheScriptAsItsOwnError()
    {
        var engine = new ScriptEngine();
        string? seen = null;
        engine.SetFunction("inspect", (in CallArguments args) =>
        {
            try
            {
                return args.GetNumber(0);
            }
            catch (ScriptErrorException e)
            {
                seen = e.ErrorMessage;
                throw;
            }
        });

        var result = engine.Evaluate("""
            const bad = { valueOf() { throw new Error('no number'); } };
            let message = '';
            try { inspect(bad); } catch (e) { message = e.message; }
            message
            """);

        Assert.Equal("no number", seen);
        Assert.Equal("no number", result.Value);
    }

    [Fact]
    public void RegisterFunction_StillConvertsThroughObjects()
    {
        var engine = new ScriptEngine();
        engine.RegisterFunction("join", args => string.Join("-", args));

        Assert.Equal("1-a-True", engine.Evaluate("join(1, 'a', true)").Value);
    }

    [Fact]
    public void TypedHostFunction_CalledFromAScriptLoop_AllocatesNothingAfterWarmUp()
    {
        var engine = new ScriptEngine();
        engine.SetFunction("gain", (double x, double db) => x * Math.Pow(10, db / 20));
        engine.SetFunction("clip", (in CallArguments args) => Math.Clamp(args.GetNumber(0), -1, 1));
        engine.Evaluate("""
            function run(n: number) {
              let sum = 0;
              for (let i = 0; i < n; i++) { sum += clip(gain(i * 0.001, -6)); }
              return sum;
            }
            """);
        var run = engine.GetGlobal("run");

        var result = ScriptValue.Undefined;
        var allocated = Allocation.Least(() => result = run.Call(10_000));

        Assert.Equal(0, allocated);
        Assert.True(result.AsNumber() > 0);
    }
}
