using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Host classes: C# types as script classes with constructors, methods, accessors, statics and inheritance.</summary>
public sealed class HostClassTests
{
    [Fact]
    public void Constructor_WithAnOptionsObject_BuildsTheCSharpObject()
    {
        var (engine, _) = AudioEngine();

        var osc = engine.Evaluate("new Osc({ freq: 220 })").CompletionValue;

        Assert.Equal(220.0, osc.GetHostObject<Osc>().Freq);
        Assert.True(osc.IsHostObject);
        Assert.False(osc.TryGetHostObject<Filter>(out _));
    }

    [Fact]
    public void MethodsAndAccessors_ReachTheCSharpObject()
    {
        var (engine, _) = AudioEngine();

        var result = engine.Evaluate("""
            const osc = new Osc({ freq: 100 });
            const filter = new Filter();
            osc.freq = osc.freq * 2;
            const same = osc.connect(filter) === filter;
            [osc.freq, same, osc.outputs, filter.outputs].join(' ')
            """);

        Assert.Equal("200 true 1 0", result.Value);
        var osc = engine.GetGlobal("osc").GetHostObject<Osc>();
        Assert.Same(engine.GetGlobal("filter").GetHostObject<Filter>(), Assert.Single(osc.Outputs));
    }

    [Fact]
    public void InstanceOf_SeesTheClassAndItsHostBaseClass()
    {
        var (engine, _) = AudioEngine();

        var result = engine.Evaluate("const o = new Osc(); [o instanceof Osc, o instanceof Node, o instanceof Filter, typeof Osc].join(' ')");

        Assert.Equal("true true false function", result.Value);
        Assert.True(engine.GetGlobal("o").InstanceOf(engine.GetGlobal("Node")));
    }

    [Fact]
    public void StaticMethods_AndStaticValues_LiveOnTheClass()
    {
        var (engine, _) = AudioEngine();

        Assert.Equal(440.0, engine.Evaluate("Osc.fromMidi(69).freq").Value);
        Assert.Equal(20_000.0, engine.Evaluate("Filter.maxCutoff").Value);
    }

    [Fact]
    public void Instances_AndClasses_PrintAsNodeDoes()
    {
        var output = new StringWriter { NewLine = "\n" };
        var (engine, _) = AudioEngine(output);

        engine.Evaluate("console.log(new Osc(), Osc, Node);");

        Assert.Equal("Osc {} [class Osc extends Node] [class Node]\n", output.ToString());
    }

    [Theory]
    [InlineData("Osc.prototype.connect.call({}, new Filter())", "TypeError: Illegal invocation")]
    [InlineData("new Osc().connect(42)", "TypeError: parameter 1 is not of type 'Node'.")]
    [InlineData("new Node()", "TypeError: Illegal constructor")]
    [InlineData("(Osc as any)()", "TypeError: Class constructor Osc cannot be invoked without 'new'")]
    [InlineData("new Osc({ freq: -5 })", "RangeError: freq must be positive")]
    public void Misuse_IsAScriptError_AsBrowsersWordIt(string source, string expected)
    {
        var (engine, _) = AudioEngine();

        var result = engine.Evaluate(source);

        Assert.StartsWith("Uncaught " + expected, result.Error);
    }

    [Fact]
    public void ScriptClass_CanExtendAHostClass()
    {
        var (engine, _) = AudioEngine();

        var result = engine.Evaluate("""
            class Lfo extends Osc {
              depth = 0.5;
              constructor(freq: number) { super({ freq }); }
              wobble() { return this.freq * this.depth; }
            }
            const lfo = new Lfo(4);
            [lfo.wobble(), lfo instanceof Lfo, lfo instanceof Osc, lfo.connect(new Filter()) instanceof Node].join(' ')
            """);

        Assert.Equal("2 true true true", result.Value);
        Assert.Equal(4.0, engine.GetGlobal("lfo").GetHostObject<Osc>().Freq);
    }

    [Fact]
    public void SameCSharpObject_IsAlwaysTheSameScriptObject()
    {
        var (engine, oscClass) = AudioEngine();
        var shared = new Osc { Freq = 1 };
        engine.SetFunction("shared", () => shared);

        Assert.Equal(true, engine.Evaluate("shared() === shared() && shared() instanceof Osc").Value);
        Assert.Equal(oscClass.Wrap(shared), engine.Evaluate("shared()").CompletionValue);
        Assert.Equal(oscClass.Wrap(shared), engine.ToValue(shared));
    }

    [Fact]
    public void UnregisteredCSharpObject_TravelsAsAnOpaqueHandle()
    {
        var engine = new ScriptEngine();
        var token = new object();
        engine.SetGlobal("token", engine.ToValue(token));
        engine.SetFunction("isToken", (object o) => ReferenceEquals(o, token));

        Assert.Equal(true, engine.Evaluate("isToken(token)").Value);
        Assert.Equal("{}", engine.GetGlobal("token").ToString());
    }

    /// <summary>An engine with a small node model: Node (abstract), Osc and Filter extending it.</summary>
    private static (ScriptEngine Engine, HostClass<Osc> Osc) AudioEngine(TextWriter? output = null)
    {
        var engine = new ScriptEngine(output);
        var node = engine.DefineClass<Node>("Node")
            .Method("connect", (Node self, Node target) =>
            {
                self.Outputs.Add(target);
                return target;
            })
            .Property("outputs", n => n.Outputs.Count);
        var osc = engine.DefineClass<Osc, Node>("Osc", node, (in CallArguments args) => new Osc
        {
            Freq = args[0].IsObject ? CheckFreq(args[0]["freq"].ToNumber()) : 440,
        })
            .Property("freq", o => o.Freq, (o, hz) => o.Freq = CheckFreq(hz))
            .StaticMethod("fromMidi", (in CallArguments args) => args.Engine.ToValue(new Osc { Freq = 440 * Math.Pow(2, (args.GetNumber(0) - 69) / 12) }));
        engine.DefineClass<Filter, Node>("Filter", node, (in CallArguments _) => new Filter())
            .StaticValue("maxCutoff", 20_000);
        return (engine, osc);
    }

    private static double CheckFreq(double hz) => hz > 0 ? hz : throw ScriptErrorException.RangeError("freq must be positive");

    private class Node
    {
        public List<Node> Outputs { get; } = [];
    }

    private sealed class Osc : Node
    {
        public double Freq { get; set; }
    }

    private sealed class Filter : Node
    {
    }
}
