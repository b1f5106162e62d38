using Phasor.Graph.Building;
using Phasor.Graph.Model;

namespace Phasor.Audio.Tests.Examples;

/// <summary>
/// The example patches as code. examples/*.json are generated from these (UPDATE_GOLDEN=1) and are
/// the benchmark fixtures of ../shared/peers/dsp: sine.dsp, fm.dsp and complex.dsp describe the same music.
/// </summary>
public static class ExamplePatches
{
    public static IReadOnlyDictionary<string, (string Title, Func<Patch> Build)> All { get; } = new Dictionary<string, (string, Func<Patch>)>
    {
        ["sine.json"] = ("One 440 Hz sine at half scale (fixture 'sine')", Sine),
        ["fm.json"] = ("Two-operator FM voice, 2:1 ratio, ADSR on index and amplitude, gated at 2 Hz (fixture 'fm')", Fm),
        ["complex.json"] = ("8 voices of two detuned saws into resonant ladder low-passes swept by ADSRs, a stereo feedback delay and a reverb (fixture 'complex')", Complex),
    };

    public static Patch Sine()
    {
        var b = new PatchBuilder();
        var osc = b.Add("sine", "osc").Set("freq", 440);
        var amp = b.Add("gain", "amp").Set("in", osc).Set("level", 0.5);
        return b.Output(amp).Build();
    }

    public static Patch Fm()
    {
        const double Carrier = 220, Ratio = 2, MaxIndex = 5;
        var b = new PatchBuilder();
        var gate = b.Add("clock", "gate").Set("freq", 2).Set("width", 0.5);
        var envA = Adsr(b, "envA", gate.Port("gate"), 0.01, 0.10, 0.7, 0.20);
        var envI = Adsr(b, "envI", gate.Port("gate"), 0.005, 0.30, 0.3, 0.20);
        var modulator = b.Add("sine", "mod").Set("freq", Carrier * Ratio);
        var indexed = b.Add("mul", "indexed").Set("a", modulator).Set("b", envI);

        // Peak deviation = index x modulator frequency (Chowning).
        var deviation = b.Add("scale", "deviation").Set("in", indexed)
            .Set("inMin", 0).Set("inMax", 1).Set("outMin", Carrier).Set("outMax", Carrier + (MaxIndex * Carrier * Ratio));
        var carrier = b.Add("sine", "carrier").Set("freq", deviation);
        var vca = b.Add("mul", "vca").Set("a", carrier).Set("b", envA);
        var amp = b.Add("gain", "amp").Set("in", vca).Set("level", 0.5);
        return b.Output(amp).Build();
    }

    public static Patch Complex()
    {
        int[] notes = [48, 52, 55, 59, 60, 64, 67, 71];
        var b = new PatchBuilder();
        var voices = new List<NodeBuilder>();
        for (var i = 0; i < notes.Length; i++)
        {
            voices.Add(Voice(b, i + 1, 440 * Math.Pow(2, (notes[i] - 69) / 12.0), 0.5 + (0.25 * i)));
        }

        var sum = b.Add("mix", "voices");
        for (var i = 0; i < voices.Count; i++)
        {
            sum.Set($"in{i + 1}", voices[i]);
        }

        var left = b.Add("fbdelay", "delayL").Set("in", sum).Set("time", 0.375).Set("feedback", 0.45).Set("maxTime", 1);
        var right = b.Add("fbdelay", "delayR").Set("in", sum).Set("time", 0.5).Set("feedback", 0.45).Set("maxTime", 1);
        var reverb = b.Add("freeverb", "reverb").Set("left", left).Set("right", right)
            .Set("feedback", 0.84).Set("allpassFeedback", 0.5).Set("damp", 0.2).Set("spread", 23);
        var wetL = b.Add("gain", "wetL").Set("in", reverb.Port("left")).Set("level", 0.3);
        var wetR = b.Add("gain", "wetR").Set("in", reverb.Port("right")).Set("level", 0.3);
        var outL = b.Add("add", "outL").Set("a", left).Set("b", wetL);
        var outR = b.Add("add", "outR").Set("a", right).Set("b", wetR);
        return b.Output(outL, outR).Build();
    }

    /// <summary>
    /// One voice: two saws detuned by ±0.3%, a ladder swept 200..4200 Hz by the envelope, an envelope VCA at 0.1. The
    /// ladder is linear (saturate 0), as Faust's ve.moogLadder in the fixture's .dsp is.
    /// </summary>
    private static NodeBuilder Voice(PatchBuilder b, int v, double freq, double gateHz)
    {
        var sawA = b.Add("saw", $"v{v}sawA").Set("freq", freq * 0.997);
        var sawB = b.Add("saw", $"v{v}sawB").Set("freq", freq * 1.003);
        var both = b.Add("add", $"v{v}saws").Set("a", sawA).Set("b", sawB);
        var half = b.Add("gain", $"v{v}half").Set("in", both).Set("level", 0.5);
        var gate = b.Add("clock", $"v{v}gate").Set("freq", gateHz).Set("width", 0.5);
        var env = Adsr(b, $"v{v}env", gate.Port("gate"), 0.01, 0.20, 0.6, 0.30);
        var cutoff = b.Add("scale", $"v{v}cutoff").Set("in", env).Set("inMin", 0).Set("inMax", 1).Set("outMin", 200).Set("outMax", 4200);
        var filter = b.Add("ladder", $"v{v}ladder").Set("in", half).Set("cutoff", cutoff).Set("q", 5).Set("saturate", 0);
        var level = b.Add("scale", $"v{v}level").Set("in", env).Set("inMin", 0).Set("inMax", 1).Set("outMin", 0).Set("outMax", 0.1);
        return b.Add("mul", $"v{v}vca").Set("a", filter).Set("b", level);
    }

    private static NodeBuilder Adsr(PatchBuilder b, string id, PortRef gate, double a, double d, double s, double r) =>
        b.Add("adsr", id).Set("gate", gate).Set("attack", a).Set("decay", d).Set("sustain", s).Set("release", r);
}
