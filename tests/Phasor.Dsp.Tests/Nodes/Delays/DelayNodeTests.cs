using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes.Delays;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class DelayNodeTests
{
    private const int Linear = 0, Cubic = 1;

    [Theory]
    [InlineData(48000, 0.01, Linear)]
    [InlineData(44100, 0.01, Linear)]
    [InlineData(48000, 0.25, Linear)]
    [InlineData(44100, 0.25, Linear)]
    [InlineData(44100, 0.02, Linear)]
    [InlineData(48000, 0.01, Cubic)]
    [InlineData(44100, 0.02, Cubic)]
    public void Delay_WholeSampleTime_MovesAnImpulseExactlyThatManySamples(double rate, double time, int interpolation)
    {
        var expected = (int)Math.Round(time * rate);
        var output = KernelHarness.With(new DelayNode(), rate, ("interpolation", interpolation))
            .Feed("in", DelaySignals.Impulse(expected + 200))
            .Set("time", time)
            .Render1(expected + 200);

        Assert.Equal([expected], DelaySignals.NonZero(output));
        Assert.Equal(1f, output[expected]);
    }

    [Fact]
    public void Delay_TenAndAHalfSamples_SplitsAnImpulseHalfAndHalf()
    {
        var output = new KernelHarness(new DelayNode())
            .Feed("in", DelaySignals.Impulse(64))
            .Set("time", 10.5 / 48000)
            .Render1(64);

        Assert.InRange(output[10], 0.4999, 0.5001);
        Assert.InRange(output[11], 0.4999, 0.5001);
        Assert.Equal(1.0, output[10] + (double)output[11], 1e-6);
        Assert.Equal([10, 11], DelaySignals.NonZero(output));
    }

    [Fact]
    public void Delay_CubicInterpolation_IsMoreAccurateThanLinearOnALowSine()
    {
        const double rate = 48000, frequency = 500, delay = 10.5;
        var input = Measure.Sine(frequency, rate, 4096);
        double Error(int interpolation)
        {
            var output = KernelHarness.With(new DelayNode(), rate, ("interpolation", interpolation))
                .Feed("in", input)
                .Set("time", delay / rate)
                .Render1(input.Length);
            double sum = 0;
            for (var i = 100; i < output.Length; i++)
            {
                var ideal = Math.Sin(2 * Math.PI * frequency * (i - delay) / rate);
                sum += (output[i] - ideal) * (output[i] - ideal);
            }

            return Math.Sqrt(sum / (output.Length - 100));
        }

        var linear = Error(Linear);
        var cubic = Error(Cubic);

        // Linear interpolation halfway between samples is a lowpass: about -0.005 dB at 500 Hz.
        Assert.InRange(linear, 2e-4, 1e-3);
        Assert.True(cubic < linear / 20, $"cubic error {cubic:E2} vs linear {linear:E2}");
    }

    [Theory]
    [InlineData(Linear)]
    [InlineData(Cubic)]
    public void Delay_ModulatedTime_DoesNotClick(int interpolation)
    {
        const double rate = 48000, frequency = 200, depth = 0.005, lfo = 2;
        var input = Measure.Sine(frequency, rate, 48000);
        var time = new float[input.Length];
        for (var i = 0; i < time.Length; i++)
        {
            time[i] = (float)(0.01 + (depth * Math.Sin(2 * Math.PI * lfo * i / rate)));
        }

        var output = KernelHarness.With(new DelayNode(), rate, ("interpolation", interpolation))
            .Feed("in", input)
            .Feed("time", time)
            .Render1(input.Length);

        // A smooth read slides by at most |dD/dn| samples a frame on top of the sine's own slope;
        // a click or a skipped sample would step further.
        var doppler = depth * 2 * Math.PI * lfo;
        var bound = DelaySignals.MaxStep(input) * (1 + doppler) * 1.05;
        Assert.True(DelaySignals.MaxStep(output.AsSpan(1000)) <= bound, $"step {DelaySignals.MaxStep(output.AsSpan(1000)):F4} > {bound:F4}");
        Assert.InRange(Measure.Peak(output.AsSpan(1000)), 0.99, 1.0);
    }

    [Theory]
    [InlineData(Linear)]
    [InlineData(Cubic)]
    public void Delay_ReadThenWriteOneFrameAtATime_EqualsProcess(int interpolation)
    {
        const int frames = 6000;
        var kernel = new DelayNode();
        var setup = new NodeSetup(48000, 128, new NodeParams(kernel.Spec, new Dictionary<string, ParamValue> { ["interpolation"] = ParamValue.Of(interpolation), ["maxTime"] = ParamValue.Of(0.05) }));
        var input = DelaySignals.Noise(frames);
        var time = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            // Sweeps down to the shortest delay the clamp allows and beyond.
            time[i] = (float)(0.0101 * (1 + Math.Cos(2 * Math.PI * 3 * i / 48000.0)) / 2);
        }

        var whole = Run(kernel, setup, input, time, frames, split: false);
        var split = Run(kernel, setup, input, time, frames, split: true);

        Assert.Equal(whole, split);
        Assert.True(Measure.Rms(whole) > 0.1);
    }

    private static float[] Run(DelayNode kernel, NodeSetup setup, float[] input, float[] time, int frames, bool split)
    {
        var state = new double[kernel.StateSize(setup)];
        kernel.Reset(setup, state);
        float[][] inputs = [input, time];
        float[][] outputs = [new float[frames]];
        if (!split)
        {
            for (var start = 0; start < frames; start += 128)
            {
                kernel.Process(new NodeBlock(inputs, outputs, state, start, Math.Min(128, frames - start), 0, setup.SampleRate));
            }

            return outputs[0];
        }

        for (var i = 0; i < frames; i++)
        {
            kernel.ProcessRead(new NodeBlock(inputs, outputs, state, i, 1, 0, setup.SampleRate));
            kernel.ProcessWrite(new NodeBlock(inputs, outputs, state, i, 1, 0, setup.SampleRate));
        }

        return outputs[0];
    }
}
