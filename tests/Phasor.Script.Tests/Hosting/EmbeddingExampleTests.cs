using Phasor.Script.Hosting;
using Phasor.Script.Vm;

namespace Phasor.Script.Tests.Hosting;

/// <summary>The complete example of docs/embedding.md, kept compiling and passing here (keep the two in step).</summary>
public sealed class EmbeddingExampleTests
{
    [Fact]
    public void TheDocumentedExample_RunsAsDescribed()
    {
        var log = new StringWriter { NewLine = "\n" };

        // --- docs/embedding.md: begin ---
        var engine = new ScriptEngine(output: log)
        {
            InstructionBudget = 5_000_000,   // loop iterations + calls per evaluation (or call from C#); 0 = unlimited
            MaxHeapBytes = 256L << 20,       // heap growth per evaluation (or call from C#); 0 = unlimited
        };

        // Functions: typed forms convert without boxing; the general form reads CallArguments.
        engine.SetFunction("midiToHz", (double note) => 440 * Math.Pow(2, (note - 69) / 12));
        engine.SetFunction("clamp", (in CallArguments args) =>
            Math.Clamp(args.GetNumber(0), args.GetNumber(1, 0), args.GetNumber(2, 1)), length: 3);

        // An object built in C#: properties, a nested array, a method.
        var session = engine.CreateObject();
        session["sampleRate"] = 48_000;
        session["channels"] = engine.CreateArray("left", "right");
        session["now"] = engine.CreateFunction("now", () => 1.5);
        engine.SetGlobal("session", session);

        // Classes: Node has no constructor (new Node() is a TypeError); Osc and Filter extend it.
        var node = engine.DefineClass<Node>("Node")
            .Method("connect", (Node self, Node target) => self.Connect(target));
        engine.DefineClass<Osc, Node>("Osc", node, (in CallArguments args) =>
                new Osc(args[0].IsObject ? args[0]["freq"].ToNumber() : 440))
            .Property("freq", osc => osc.Freq, (osc, hz) => osc.Freq = hz)
            .StaticMethod("fromMidi", (in CallArguments args) =>
                args.Engine.ToValue(new Osc(440 * Math.Pow(2, (args.GetNumber(0) - 69) / 12))));
        engine.DefineClass<Filter, Node>("Filter", node, (in CallArguments args) => new Filter(args.GetNumber(0, 1000)));

        ScriptResult result = engine.Evaluate("""
            const osc = new Osc({ freq: midiToHz(57) });
            const out = osc.connect(new Filter(800));
            function detune(cents: number) { osc.freq *= 2 ** (cents / 1200); return osc.freq; }
            console.log(osc.freq, out instanceof Node, session.channels.length, clamp(7));
            """, "patch.ts");
        if (!result.Success)
        {
            throw new InvalidOperationException(result.Error);  // "patch.ts:2:7: error PS...", or "Uncaught TypeError: ..."
        }

        // Calling back into script, and reading values back.
        ScriptValue detune = engine.GetGlobal("detune");
        double hz = detune.Call(1200).AsNumber();               // 440: one octave up from 220
        Osc osc = engine.GetGlobal("osc").GetHostObject<Osc>(); // the C# object behind the script's osc

        // Script errors reach C# as ScriptErrorException; limits as ExecutionInterruptedException.
        engine.Evaluate("function broken(): any { return (null as any).x; }");
        try
        {
            engine.Invoke("broken");
        }
        catch (ScriptErrorException e)
        {
            log.WriteLine(e.ErrorName + ": " + e.ErrorMessage);  // TypeError: Cannot read properties of null (reading 'x')
        }

        try
        {
            engine.Evaluate("const spin = () => { for (;;) {} };");
            engine.Invoke("spin");
        }
        catch (ExecutionInterruptedException e)
        {
            log.WriteLine(e.Message);  // Script stopped: it exceeded its instruction budget of 5000000 steps (...)
        }

        // --- docs/embedding.md: end ---
        Assert.Equal(440.0, hz);
        Assert.Same(osc, osc.Outputs[0].Owner);
        Assert.Equal(800.0, ((Filter)osc.Outputs[0]).Cutoff);
        var lines = log.ToString().Split('\n');
        Assert.Equal("220 true 2 1", lines[0]);
        Assert.Equal("TypeError: Cannot read properties of null (reading 'x')", lines[1]);
        Assert.StartsWith("Script stopped: it exceeded its instruction budget of 5000000 steps", lines[2]);
    }

    private class Node
    {
        public List<Node> Outputs { get; } = [];

        public Node? Owner { get; private set; }

        public Node Connect(Node target)
        {
            Outputs.Add(target);
            target.Owner = this;
            return target;
        }
    }

    private sealed class Osc(double freq) : Node
    {
        public double Freq { get; set; } = freq;
    }

    private sealed class Filter(double cutoff) : Node
    {
        public double Cutoff { get; } = cutoff;
    }
}
