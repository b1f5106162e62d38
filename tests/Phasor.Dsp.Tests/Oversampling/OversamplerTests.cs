using Phasor.Dsp.Oversampling;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Oversampling;

public sealed class OversamplerTests
{
    private const double Rate = 48000;
    private const int Frames = 2048;

    // Skips the filters' start-up so measurements see the steady state.
    private const int Settle = 256;

    public static TheoryData<int> Factors => [2, 4, 8];

    [Fact]
    public void IsValidFactor_AcceptsOneTwoFourEight()
    {
        Assert.True(Oversampler.IsValidFactor(1));
        Assert.True(Oversampler.IsValidFactor(2));
        Assert.True(Oversampler.IsValidFactor(4));
        Assert.True(Oversampler.IsValidFactor(8));
        Assert.False(Oversampler.IsValidFactor(3));
        Assert.False(Oversampler.IsValidFactor(16));
        Assert.Equal(0, Oversampler.StateSize(1));
        Assert.Equal(0, Oversampler.LatencyFrames(1));
    }

    [Fact]
    public void FactorOne_Copies()
    {
        var input = Measure.Sine(1000, Rate, 64);
        var up = new float[64];
        var down = new float[64];
        Oversampler.Up([], 1, input, up);
        Oversampler.Down([], 1, up, down);
        Assert.Equal(input, down);
    }

    [Fact]
    public void Up_RejectsMismatchedLengths()
    {
        var state = new double[Oversampler.StateSize(4)];
        Assert.Throws<ArgumentException>(() => Oversampler.Up(state, 4, new float[10], new float[39]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Oversampler.Down(state, 3, new float[30], new float[10]));
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void Up_PassbandIsFlatWithinATenthOfADbTo0_4Fs(int factor)
    {
        foreach (var frequency in new[] { 200.0, 1000, 5000, 10000, 15000, 19200 })
        {
            var up = Up(factor, Measure.Sine(frequency, Rate, Frames));
            var reference = Measure.Sine(frequency, Rate * factor, Frames * factor);
            var gain = Measure.Amplitude(up.AsSpan(Settle * factor), frequency, Rate * factor) /
                Measure.Amplitude(reference.AsSpan(Settle * factor), frequency, Rate * factor);
            Assert.InRange(Measure.Db(gain), -0.1, 0.1);
        }
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void Down_PassbandIsFlatWithinATenthOfADbTo0_4Fs(int factor)
    {
        foreach (var frequency in new[] { 200.0, 1000, 5000, 10000, 15000, 19200 })
        {
            var down = Down(factor, Measure.Sine(frequency, Rate * factor, Frames * factor));
            var reference = Measure.Sine(frequency, Rate, Frames);
            var gain = Measure.Amplitude(down.AsSpan(Settle), frequency, Rate) / Measure.Amplitude(reference.AsSpan(Settle), frequency, Rate);
            Assert.InRange(Measure.Db(gain), -0.1, 0.1);
        }
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void Up_ImagesOfA10kHzToneAreBelowMinus70dB(int factor)
    {
        var up = Up(factor, Measure.Sine(10000, Rate, Frames)).AsSpan(Settle * factor);
        var highRate = Rate * factor;
        Assert.InRange(Measure.Db(Measure.Amplitude(up, 10000, highRate)), -0.1, 0.1);
        for (var k = 1; (k * Rate) - 10000 < highRate / 2; k++)
        {
            foreach (var image in new[] { (k * Rate) - 10000, (k * Rate) + 10000 })
            {
                if (image < highRate / 2)
                {
                    Assert.InRange(Measure.Db(Measure.Amplitude(up, image, highRate)), double.NegativeInfinity, -70);
                }
            }
        }
    }

    [Theory]
    [InlineData(2, new[] { 27000.0, 30000, 40000, 47000 })]
    [InlineData(4, new[] { 27000.0, 30000, 40000, 60000, 80000, 95000 })]
    [InlineData(8, new[] { 27000.0, 40000, 80000, 100000, 150000, 185000 })]
    public void Down_TonesAboveBaseNyquistAliasBelowMinus70dB(int factor, double[] tones)
    {
        foreach (var tone in tones)
        {
            var down = Down(factor, Measure.Sine(tone, Rate * factor, Frames * factor)).AsSpan(Settle);
            var alias = Math.Abs(tone - (Rate * Math.Round(tone / Rate)));
            Assert.InRange(alias, 1, 0.45 * Rate);
            Assert.InRange(Measure.Db(Measure.Amplitude(down, alias, Rate)), double.NegativeInfinity, -70);
            Assert.InRange(Measure.Db(Measure.Rms(down)), double.NegativeInfinity, -70);
        }
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void RoundTrip_DelaysABandLimitedSignalByLatencyFrames(int factor)
    {
        var input = new float[Frames];
        for (var i = 0; i < Frames; i++)
        {
            var t = i / Rate;
            input[i] = (float)(0.2 * (Math.Sin(2 * Math.PI * 1000 * t) + Math.Sin((2 * Math.PI * 5000 * t) + 1) +
                Math.Sin((2 * Math.PI * 13000 * t) + 2) + Math.Sin((2 * Math.PI * 19000 * t) + 3)));
        }

        var output = Down(factor, Up(factor, input));
        var latency = Oversampler.LatencyFrames(factor);
        Assert.Equal(latency, Oversampler.UpLatencyFrames(factor) + Oversampler.DownLatencyFrames(factor));
        double error = 0;
        for (var i = Settle; i < Frames; i++)
        {
            error = Math.Max(error, Math.Abs(output[i] - input[i - latency]));
        }

        Assert.InRange(error, 0, 3e-4);
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void UpAndDown_ImpulsePeaksAtTheirLatency(int factor)
    {
        var impulse = new float[256];
        impulse[0] = 1;
        var up = Up(factor, impulse);
        Assert.Equal(factor * Oversampler.UpLatencyFrames(factor), PeakIndex(up));

        var highImpulse = new float[256 * factor];
        highImpulse[0] = 1;
        var down = Down(factor, highImpulse);
        Assert.Equal(Oversampler.DownLatencyFrames(factor), PeakIndex(down));
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void UpAndDown_GiveTheSameSamplesForAnyBlockSize(int factor)
    {
        var random = new Random(11);
        var input = new float[1000];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2) - 1);
        }

        var upWhole = Up(factor, input);
        var downWhole = Down(factor, upWhole);
        foreach (var block in new[] { 1, 7, 128 })
        {
            var upState = new double[Oversampler.StateSize(factor)];
            var downState = new double[Oversampler.StateSize(factor)];
            var up = new float[input.Length * factor];
            var down = new float[input.Length];
            for (var start = 0; start < input.Length; start += block)
            {
                var count = Math.Min(block, input.Length - start);
                Oversampler.Up(upState, factor, input.AsSpan(start, count), up.AsSpan(start * factor, count * factor));
                Oversampler.Down(downState, factor, up.AsSpan(start * factor, count * factor), down.AsSpan(start, count));
            }

            Assert.Equal(upWhole, up);
            Assert.Equal(downWhole, down);
        }
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void UpAndDown_DoNotAllocate(int factor)
    {
        var upState = new double[Oversampler.StateSize(factor)];
        var downState = new double[Oversampler.StateSize(factor)];
        var input = Measure.Sine(1000, Rate, 128);
        var high = new float[128 * factor];
        var output = new float[128];
        Oversampler.Up(upState, factor, input, high);
        Oversampler.Down(downState, factor, high, output);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Oversampler.Up(upState, factor, input, high);
        Oversampler.Down(downState, factor, high, output);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    internal static float[] Up(int factor, float[] input)
    {
        var output = new float[input.Length * factor];
        Oversampler.Up(new double[Oversampler.StateSize(factor)], factor, input, output);
        return output;
    }

    internal static float[] Down(int factor, float[] input)
    {
        var output = new float[input.Length / factor];
        Oversampler.Down(new double[Oversampler.StateSize(factor)], factor, input, output);
        return output;
    }

    private static int PeakIndex(float[] x)
    {
        var best = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (Math.Abs(x[i]) > Math.Abs(x[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
