using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Oscillators;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

/// <summary>Each oscillator's tick form, run frame by frame, against its block form: the samples must be identical.</summary>
public sealed class OscillatorTickTests
{
    private const double Rate = 48000;
    private const int Frames = 9600;

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var type in new[] { "sine", "saw", "square", "pulse", "triangle", "phasor" })
        {
            foreach (var scene in new[] { "defaults", "modulated", "gated", "sweep" })
            {
                foreach (var block in new[] { 1, 37, 128 })
                {
                    data.Add(type, scene, block);
                }
            }
        }

        foreach (var type in new[] { "noise", "pink" })
        {
            data.Add(type, "defaults", 64);
            data.Add(type, "seeded", 128);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tick_MatchesProcess_BitForBit(string type, string scene, int block)
    {
        var inputs = Scene(scene);
        var seed = scene == "seeded" ? 99 : 1;
        var harness = KernelHarness.With(Oscillators.Kernel(type), Rate, ("seed", seed));
        foreach (var (port, signal) in inputs)
        {
            if (harness.Spec.InputIndex(port) >= 0)
            {
                harness.Feed(port, signal);
            }
        }

        var expected = harness.Render1(Frames, block);
        var actual = RenderTick(type, inputs, seed, block);

        for (var i = 0; i < Frames; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"frame {i}: block form {expected[i]:R}, tick form {actual[i]:R}");
        }
    }

    private static Dictionary<string, float[]> Scene(string scene)
    {
        var freq = new float[Frames];
        var pm = new float[Frames];
        var sync = new float[Frames];
        var width = new float[Frames];
        for (var i = 0; i < Frames; i++)
        {
            var t = i / Rate;
            (freq[i], pm[i], sync[i], width[i]) = scene switch
            {
                // FM, PM, width modulation, and a sync signal whose rising zero crossings fall between frames.
                "modulated" => ((float)(330 + (250 * Math.Sin(2 * Math.PI * 3 * t))), (float)(0.3 * Math.Sin(2 * Math.PI * 5 * t)),
                    (float)Math.Sin(2 * Math.PI * 97 * (t - (0.3 / Rate))), (float)(0.5 + (0.55 * Math.Sin(2 * Math.PI * 2 * t)))),
                "gated" => (220f, 0.25f, i % 317 == 0 ? 1f : 0f, 0.3f),

                // Through Nyquist and past the sample rate, where band-limiting stops, and back down through zero.
                "sweep" => ((float)(60000 * Math.Sin(Math.PI * i / Frames) - 500), 0f, 0f, 0.5f),
                _ => (440f, 0f, 0f, 0.5f),
            };
        }

        return new() { ["freq"] = freq, ["pm"] = pm, ["sync"] = sync, ["width"] = width };
    }

    private static float[] RenderTick(string type, Dictionary<string, float[]> x, int seed, int block)
    {
        var setup = new NodeSetup(Rate, 4096, new NodeParams(Oscillators.Kernel(type).Spec, new Dictionary<string, ParamValue> { ["seed"] = ParamValue.Of(seed) }));
        var f = x["freq"];
        var p = x["pm"];
        var y = x["sync"];
        var w = x["width"];
        var output = new float[Frames];
        switch (type)
        {
            case "sine":
                var sine = default(SineTick.State);
                SineTick.Init(ref sine, default, setup);
                for (var i = 0; i < Frames; i++) { SineTick.Tick(ref sine, f[i], p[i], y[i], out output[i]); }
                break;
            case "saw":
                var saw = default(SawTick.State);
                SawTick.Init(ref saw, default, setup);
                for (var i = 0; i < Frames; i++) { SawTick.Tick(ref saw, f[i], p[i], y[i], out output[i]); }
                break;
            case "square":
                var square = default(SquareTick.State);
                SquareTick.Init(ref square, default, setup);
                for (var i = 0; i < Frames; i++) { SquareTick.Tick(ref square, f[i], p[i], y[i], out output[i]); }
                break;
            case "pulse":
                var pulse = default(PulseTick.State);
                PulseTick.Init(ref pulse, default, setup);
                for (var i = 0; i < Frames; i++) { PulseTick.Tick(ref pulse, f[i], p[i], y[i], w[i], out output[i]); }
                break;
            case "triangle":
                var triangle = default(TriangleTick.State);
                TriangleTick.Init(ref triangle, default, setup);
                for (var i = 0; i < Frames; i++) { TriangleTick.Tick(ref triangle, f[i], p[i], y[i], out output[i]); }
                break;
            case "phasor":
                var phasor = default(PhasorTick.State);
                PhasorTick.Init(ref phasor, default, setup);
                for (var i = 0; i < Frames; i++) { PhasorTick.Tick(ref phasor, f[i], p[i], y[i], out output[i]); }
                break;
            case "noise":
                var noise = default(NoiseTick.State);
                NoiseTick.Init(ref noise, default, setup);
                for (var i = 0; i < Frames; i++) { NoiseTick.Tick(ref noise, out output[i]); }
                break;
            default:
                var pink = default(PinkTick.State);
                PinkTick.Init(ref pink, default, setup);
                for (var i = 0; i < Frames; i++)
                {
                    PinkTick.Tick(ref pink, out output[i]);
                    if ((i + 1) % block == 0)
                    {
                        PinkTick.EndBlock(ref pink);
                    }
                }

                break;
        }

        return output;
    }
}
