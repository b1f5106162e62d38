using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

/// <summary>The tick forms of the delay family render bit for bit what the kernels render, with held and moving inputs.</summary>
public sealed class DelayTickTests
{
    private const double Rate = 48000;
    private const int Frames = 6000;

    private static readonly float[] s_in = DelaySignals.Noise(Frames, 3);
    private static readonly float[] s_time = Stepped(Frames, 0.0021, 0.009);
    private static readonly float[] s_gain = Stepped(Frames, -0.7, 0.95);
    private static readonly float[] s_damp = Stepped(Frames, 0, 1);

    [Theory]
    [InlineData("linear", false)]
    [InlineData("linear", true)]
    [InlineData("cubic", false)]
    [InlineData("cubic", true)]
    public void DelayTick_MatchesKernel(string interpolation, bool moving)
    {
        var kernel = new DelayNode();
        var parameters = new Dictionary<string, ParamValue> { ["maxTime"] = ParamValue.Of(0.01), ["interpolation"] = ParamValue.Of(interpolation) };
        var expected = Reference(kernel, parameters, moving, ("in", s_in), ("time", s_time));
        var (s, memory) = Init<DelayTick.State>(kernel, parameters, DelayTick.MemorySize, DelayTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            DelayTick.Read(ref s, memory, Held(s_time, i, moving), out var y);
            DelayTick.Write(ref s, memory, s_in[i]);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FeedbackDelayTick_MatchesKernel(bool moving)
    {
        var kernel = new FeedbackDelayNode();
        var parameters = new Dictionary<string, ParamValue> { ["maxTime"] = ParamValue.Of(0.01) };
        var expected = Reference(kernel, parameters, moving, ("in", s_in), ("time", s_time), ("feedback", s_gain));
        var (s, memory) = Init<FeedbackDelayTick.State>(kernel, parameters, FeedbackDelayTick.MemorySize, FeedbackDelayTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            FeedbackDelayTick.Tick(ref s, memory, s_in[i], Held(s_time, i, moving), Held(s_gain, i, moving), out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CombTick_MatchesKernel(bool moving)
    {
        var kernel = new CombNode();
        var parameters = new Dictionary<string, ParamValue> { ["maxTime"] = ParamValue.Of(0.01) };
        var expected = Reference(kernel, parameters, moving, ("in", s_in), ("time", s_time), ("feedback", s_gain), ("damp", s_damp));
        var (s, memory) = Init<CombTick.State>(kernel, parameters, CombTick.MemorySize, CombTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            CombTick.Tick(ref s, memory, s_in[i], Held(s_time, i, moving), Held(s_gain, i, moving), Held(s_damp, i, moving), out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AllpassTick_MatchesKernel(bool moving)
    {
        var kernel = new AllpassNode();
        var parameters = new Dictionary<string, ParamValue> { ["maxTime"] = ParamValue.Of(0.01) };
        var expected = Reference(kernel, parameters, moving, ("in", s_in), ("time", s_time), ("gain", s_gain));
        var (s, memory) = Init<AllpassTick.State>(kernel, parameters, AllpassTick.MemorySize, AllpassTick.Init);
        for (var i = 0; i < Frames; i++)
        {
            AllpassTick.Tick(ref s, memory, s_in[i], Held(s_time, i, moving), Held(s_gain, i, moving), out var y);
            Assert.Equal(expected[0][i], y);
        }
    }

    [Theory]
    [InlineData(23, false)]
    [InlineData(23, true)]
    [InlineData(0, true)]
    [InlineData(400, true)]
    public void FreeverbTick_MatchesKernel(int spread, bool moving)
    {
        var right = DelaySignals.Noise(Frames, 4);
        var expected = Freeverb(spread, moving, s_in, right, Frames, out var outputs);
        for (var i = 0; i < Frames; i++)
        {
            Assert.Equal(expected[0][i], outputs[0][i]);
            Assert.Equal(expected[1][i], outputs[1][i]);
        }
    }

    /// <summary>
    /// The tick skips idle frames one at a time where the kernel skips 64-frame chunks: bursts separated by
    /// silence long enough for the tail to flush to zero must still match the kernel bit for bit, before and after.
    /// </summary>
    [Fact]
    public void FreeverbTick_IdleSkipMatchesKernel()
    {
        const int frames = 90000;
        var left = new float[frames];
        var noise = DelaySignals.Noise(frames, 5);
        for (var i = 0; i < frames; i++)
        {
            left[i] = i % 40000 < 1500 ? noise[i] : 0f;
        }

        var expected = Freeverb(23, moving: false, left, new float[frames], frames, out var outputs, feedback: 0.05f, allpassFeedback: 0.2f, out var skipped);

        Assert.True(skipped > 10000, $"only {skipped} frames skipped");
        for (var i = 0; i < frames; i++)
        {
            Assert.Equal(expected[0][i], outputs[0][i]);
            Assert.Equal(expected[1][i], outputs[1][i]);
        }
    }

    private static float[][] Freeverb(int spread, bool moving, float[] left, float[] right, int frames, out float[][] outputs) =>
        Freeverb(spread, moving, left, right, frames, out outputs, 0.84f, 0.5f, out _);

    /// <summary>Renders freeverb with the kernel (returned) and the tick (<paramref name="outputs"/>), counting the frames the tick skipped.</summary>
    private static float[][] Freeverb(int spread, bool moving, float[] left, float[] right, int frames, out float[][] outputs, float feedback, float allpassFeedback, out int skipped)
    {
        var kernel = new FreeverbNode();
        var parameters = new Dictionary<string, ParamValue> { ["spread"] = ParamValue.Of(spread) };
        var fb = moving ? Stepped(frames, 0.5, feedback) : Constant(frames, feedback);
        var ap = moving ? Stepped(frames, -0.6, allpassFeedback) : Constant(frames, allpassFeedback);
        var damp = moving ? s_damp : Constant(frames, 0.2f);
        var h = new KernelHarness(kernel, Rate, parameters: parameters).Feed("left", left).Feed("right", right);
        if (moving)
        {
            h.Feed("feedback", fb).Feed("allpassFeedback", ap).Feed("damp", damp);
        }
        else
        {
            h.Set("feedback", feedback).Set("allpassFeedback", allpassFeedback).Set("damp", 0.2f);
        }

        var expected = h.Render(frames, 64 + 37);
        var (s, memory) = Init<FreeverbTick.State>(kernel, parameters, FreeverbTick.MemorySize, FreeverbTick.Init);
        outputs = [new float[frames], new float[frames]];
        skipped = 0;
        for (var i = 0; i < frames; i++)
        {
            skipped += left[i] + (double)right[i] == 0.0 && s.Quiet >= s.Longest ? 1 : 0;
            FreeverbTick.Tick(ref s, memory, left[i], right[i], fb[i], ap[i], damp[i], out outputs[0][i], out outputs[1][i]);
        }

        return expected;
    }

    private delegate int MemorySizeFn(in NodeSetup setup);

    private delegate void InitFn<T>(ref T s, Span<double> memory, in NodeSetup setup);

    private static (T State, double[] Memory) Init<T>(NodeKernel kernel, Dictionary<string, ParamValue> parameters, MemorySizeFn memorySize, InitFn<T> init)
        where T : struct
    {
        var setup = new NodeSetup(Rate, 4096, new NodeParams(kernel.Spec, parameters));
        var memory = new double[memorySize(setup)];
        var s = default(T);
        init(ref s, memory, setup);
        return (s, memory);
    }

    /// <summary>The kernel's render in blocks of 64: "in" always fed, the other ports fed when moving, else held at their first value.</summary>
    private static float[][] Reference(NodeKernel kernel, Dictionary<string, ParamValue> parameters, bool moving, params (string Port, float[] Signal)[] ports)
    {
        var h = new KernelHarness(kernel, Rate, parameters: parameters);
        foreach (var (port, signal) in ports)
        {
            if (moving || port == "in")
            {
                h.Feed(port, signal);
            }
            else
            {
                h.Set(port, signal[0]);
            }
        }

        return h.Render(Frames, 64);
    }

    private static float Held(float[] signal, int i, bool moving) => moving ? signal[i] : signal[0];

    private static float[] Constant(int frames, float value) => Enumerable.Repeat(value, frames).ToArray();

    /// <summary>Held values for a while, then a ramp, then held again: both the cached and the moving paths.</summary>
    private static float[] Stepped(int frames, double low, double high)
    {
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            var t = (i / 700) % 2 == 0 ? Math.Floor(i / 175.0) / (frames / 175.0) : (double)i / frames;
            x[i] = (float)(low + ((high - low) * t));
        }

        return x;
    }
}
