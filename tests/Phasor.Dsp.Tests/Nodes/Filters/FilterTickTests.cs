using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Filters;
using Phasor.Dsp.Tests.Support;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

/// <summary>The tick forms of the filters render bit for bit what the kernels render, with held and moving inputs.</summary>
public sealed class FilterTickTests
{
    private const int Frames = 3000;

    private static readonly float[] s_in = Noise(Frames, 5, 1);
    private static readonly float[] s_cutoff = Stepped(Frames, 30, 12000);
    private static readonly float[] s_q = Stepped(Frames, 0.3, 12);
    private static readonly float[] s_db = Stepped(Frames, -12, 12);
    private static readonly float[] s_drive = Stepped(Frames, 0.5, 8);

    [Fact]
    public void OnePoleTick_MatchesKernel()
    {
        var expected = Reference(new OnePoleNode(), null, "in", "cutoff");
        var s = Init<OnePoleTick.State>(new OnePoleNode(), null, OnePoleTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            OnePoleTick.Tick(ref s, s_in[i], s_cutoff[i], out var lp, out var hp);
            Assert.Equal(expected[0][i], lp);
            Assert.Equal(expected[1][i], hp);
        }
    }

    [Theory]
    [InlineData("lowpass")]
    [InlineData("highpass")]
    [InlineData("bandpass")]
    [InlineData("notch")]
    [InlineData("peak")]
    [InlineData("lowshelf")]
    [InlineData("highshelf")]
    public void BiquadTick_MatchesKernel(string mode)
    {
        var expected = Reference(new BiquadNode(), mode, "in", "cutoff", "q", "db");
        var s = Init<BiquadTick.State>(new BiquadNode(), mode, BiquadTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            BiquadTick.Tick(ref s, s_in[i], s_cutoff[i], s_q[i], s_db[i], out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Fact]
    public void SvfTick_MatchesKernel()
    {
        var expected = Reference(new SvfNode(), null, "in", "cutoff", "q");
        var s = Init<SvfTick.State>(new SvfNode(), null, SvfTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            SvfTick.Tick(ref s, s_in[i], s_cutoff[i], s_q[i], out var low, out var high, out var band, out var notch);
            Assert.Equal([expected[0][i], expected[1][i], expected[2][i], expected[3][i]], [low, high, band, notch]);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(0.25)]
    public void LadderTick_MatchesKernel(double saturate)
    {
        var expected = Harness(new LadderNode(), null).Set("saturate", saturate)
            .Feed("in", s_in).Feed("cutoff", s_cutoff).Feed("q", s_q.Select(x => x * 3).ToArray()).Feed("drive", s_drive)
            .Render(Frames, 64);
        var s = Init<LadderTick.State>(new LadderNode(), null, LadderTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            LadderTick.Tick(ref s, s_in[i], s_cutoff[i], s_q[i] * 3, s_drive[i], (float)saturate, out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Fact]
    public void DcBlockTick_MatchesKernel()
    {
        var expected = Reference(new DcBlockNode(), null, "in");
        var s = Init<DcBlockTick.State>(new DcBlockNode(), null, DcBlockTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            DcBlockTick.Tick(ref s, s_in[i] + 0.5f, out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    private delegate void InitFn<T>(ref T s, Span<double> memory, in NodeSetup setup);

    private static T Init<T>(NodeKernel kernel, string? mode, InitFn<T> init)
        where T : struct
    {
        var parameters = new Dictionary<string, ParamValue>();
        if (mode is not null)
        {
            parameters["mode"] = ParamValue.Of(Array.IndexOf(kernel.Spec.Parameter("mode")!.Choices!.ToArray(), mode));
        }

        var setup = new NodeSetup(Rate, 4096, new NodeParams(kernel.Spec, parameters));
        var s = default(T);
        init(ref s, Span<double>.Empty, setup);
        return s;
    }

    /// <summary>The kernel's render in blocks of 64 with <paramref name="ports"/> fed the shared signals (the ladder gets q·3, the blocker an offset).</summary>
    private static float[][] Reference(NodeKernel kernel, string? mode, params string[] ports)
    {
        var h = Harness(kernel, mode);
        foreach (var port in ports)
        {
            h.Feed(port, port switch
            {
                "in" when kernel is DcBlockNode => s_in.Select(x => x + 0.5f).ToArray(),
                "in" => s_in,
                "cutoff" => s_cutoff,
                "q" when kernel is LadderNode => s_q.Select(x => x * 3).ToArray(),
                "q" => s_q,
                "db" => s_db,
                _ => s_drive,
            });
        }

        return h.Render(Frames, 64);
    }

    private static float[] Noise(int frames, int seed, double amplitude)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, frames).Select(_ => (float)(amplitude * ((random.NextDouble() * 2) - 1))).ToArray();
    }

    /// <summary>Held values for a while, then a ramp, then held again: both the cached and the moving paths.</summary>
    private static float[] Stepped(int frames, double low, double high)
    {
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            var t = (i / 700) % 2 == 0 ? Math.Floor(i / 175.0) / (frames / 175.0) : (double)i / frames;
            x[i] = (float)(low * Math.Pow(high / low, t));
        }

        return x;
    }
}
