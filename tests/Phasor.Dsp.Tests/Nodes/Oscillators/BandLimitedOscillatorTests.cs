using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

public sealed class BandLimitedOscillatorTests
{
    private const double Rate = 48000;

    [Theory]
    [InlineData("saw", 0.57735)]
    [InlineData("square", 1.0)]
    [InlineData("triangle", 0.57735)]
    public void Waveform_At440Hz_HasThatFrequencyAndItsRms(string type, double expectedRms)
    {
        var output = new KernelHarness(Oscillators.Kernel(type)).Set("freq", 440).Render1(48000);

        Assert.InRange(Measure.ZeroCrossingFrequency(output, Rate), 440 * 0.9995, 440 * 1.0005);
        Assert.InRange(Measure.Rms(output.AsSpan(100)), expectedRms * 0.98, expectedRms * 1.02);
    }

    [Theory]
    [InlineData("saw", 15)]
    [InlineData("square", 15)]
    [InlineData("triangle", 15)]
    public void Waveform_At2500Hz_HasFarLessAliasingThanItsNaiveForm(string type, double minimumDb)
    {
        // 2400 samples hold exactly 125 cycles, so harmonics and aliases land on exact 20 Hz bins.
        const double freq = 2500;
        const int frames = 2400, skip = 96;
        var bandLimited = new KernelHarness(Oscillators.Kernel(type)).Set("freq", freq).Render1(frames + skip).AsSpan(skip).ToArray();
        var naive = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            var p = freq * i / Rate;
            p -= Math.Floor(p);
            naive[i] = (float)Naive(type, p);
        }

        var aliasDb = 10 * Math.Log10(AliasPower(naive) / AliasPower(bandLimited));

        Assert.True(aliasDb >= minimumDb, $"{type}: aliasing only {aliasDb:F1} dB below the naive waveform");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Pulse_Width_SetsTheDutyCycle(double width)
    {
        // 48 samples per cycle: averaging whole cycles, the mean of ±1 is 2·width − 1.
        var output = new KernelHarness(Oscillators.Kernel("pulse")).Set("freq", 1000).Set("width", width).Render1(4800 + 48);

        Assert.InRange(Oscillators.Mean(output.AsSpan(48)), (2 * width) - 1 - 0.01, (2 * width) - 1 + 0.01);
    }

    [Fact]
    public void Pulse_WidthModulation_StaysBoundedAndFollowsTheWidth()
    {
        var width = Measure.Sine(2, Rate, 24000, 0.4);
        for (var i = 0; i < width.Length; i++)
        {
            width[i] += 0.5f;
        }

        var output = new KernelHarness(Oscillators.Kernel("pulse")).Set("freq", 1000).Feed("width", width).Render1(24000);

        // First quarter of the LFO cycle: width above one half, so the pulse is mostly high.
        Assert.True(Oscillators.Mean(output.AsSpan(1200, 4800)) > 0.4);
        Assert.True(Oscillators.Mean(output.AsSpan(13200, 4800)) < -0.4);
        Assert.InRange(Measure.Peak(output), 0.9, 1.15);
    }

    [Fact]
    public void Saw_PhaseModulation_ShiftsTheWaveformByThatFractionOfACycle()
    {
        // 100 Hz is 480 samples a cycle: pm = 0.25 runs a quarter cycle (120 samples) ahead.
        var plain = new KernelHarness(Oscillators.Kernel("saw")).Set("freq", 100).Render1(2400);
        var shifted = new KernelHarness(Oscillators.Kernel("saw")).Set("freq", 100).Set("pm", 0.25).Render1(2400);

        for (var i = 100; i < 2000; i++)
        {
            Assert.True(Math.Abs(shifted[i] - plain[i + 120]) < 1e-4, $"frame {i}: {shifted[i]} vs {plain[i + 120]}");
        }
    }

    [Fact]
    public void Saw_FrequencyModulatedByASignal_MatchesTheSameConstantFrequency()
    {
        var freq = new float[4800];
        Array.Fill(freq, 440f);

        var fed = new KernelHarness(Oscillators.Kernel("saw")).Feed("freq", freq).Render1(4800);
        var constant = new KernelHarness(Oscillators.Kernel("saw")).Set("freq", 440).Render1(4800);

        Assert.Equal(constant, fed);
    }

    [Fact]
    public void Saw_ThroughZeroFm_RunsBackwardsAsAFallingSaw()
    {
        var freq = new float[48000];
        Array.Fill(freq, -440f);

        var output = new KernelHarness(Oscillators.Kernel("saw")).Feed("freq", freq).Render1(48000);

        // A falling saw crosses zero downwards on its slope and jumps upwards: one upward crossing per cycle still.
        Assert.InRange(Measure.ZeroCrossingFrequency(output, Rate), 439.8, 440.2);
        Assert.InRange(Measure.Rms(output.AsSpan(100)), 0.57735 * 0.98, 0.57735 * 1.02);
    }

    private static double Naive(string type, double p) => type switch
    {
        "saw" => p < 0.5 ? 2 * p : (2 * p) - 2,
        "square" => p < 0.5 ? 1 : -1,
        _ => p < 0.25 ? 4 * p : p < 0.75 ? 2 - (4 * p) : (4 * p) - 4,
    };

    private static double AliasPower(float[] x)
    {
        var power = Measure.PowerSpectrum(x, x.Length / 2);
        double sum = 0;
        for (var k = 0; k < power.Length; k++)
        {
            // Harmonics of 2.5 kHz sit on every 125th bin; the Hann window spreads each over ±1 bin.
            var distance = k % 125;
            if (Math.Min(distance, 125 - distance) > 3)
            {
                sum += power[k];
            }
        }

        return sum;
    }
}
