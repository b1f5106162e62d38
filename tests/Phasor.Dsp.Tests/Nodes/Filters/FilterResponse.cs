using Phasor.Dsp.Kernels;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Filters;

/// <summary>Steady-state sine measurements through a filter kernel, the way one reads a frequency response off a scope.</summary>
internal static class FilterResponse
{
    public const double Rate = 48000;

    /// <summary>Kernel with a Choice parameter set by its word.</summary>
    public static KernelHarness Harness(NodeKernel kernel, string? mode = null)
    {
        if (mode is null)
        {
            return new KernelHarness(kernel, Rate);
        }

        var index = Array.IndexOf(kernel.Spec.Parameter("mode")!.Choices!, mode);
        Assert.True(index >= 0, $"no mode '{mode}'");
        return KernelHarness.With(kernel, Rate, ("mode", index));
    }

    /// <summary>
    /// Gain in dB of <paramref name="output"/> for a sine at <paramref name="frequency"/>, measured on the
    /// second half of a render long enough for the filter to settle and for several cycles to fit.
    /// </summary>
    public static double GainDb(Func<KernelHarness> make, string output, double frequency, double amplitude = 0.5)
    {
        var frames = (int)Math.Max(9600, 2 * 8 * Rate / frequency);
        var harness = make();
        var outputs = harness.Feed("in", Measure.Sine(frequency, Rate, frames, amplitude)).Render(frames);
        var tail = outputs[harness.Spec.OutputIndex(output)].AsSpan(frames / 2);
        return Measure.Db(Measure.Amplitude(tail, frequency, Rate) / amplitude);
    }

    /// <summary>
    /// Asserts the -3 dB point lies within ±5% of <paramref name="cutoff"/>: 3 dB below the passband
    /// must fall between the gains at 0.95·cutoff and 1.05·cutoff.
    /// </summary>
    public static void AssertMinus3dBNear(Func<KernelHarness> make, string output, double cutoff, bool lowPass)
    {
        var passband = lowPass ? cutoff / 8 : Math.Min(cutoff * 8, 0.45 * Rate);
        var reference = GainDb(make, output, passband);
        var below = GainDb(make, output, cutoff * 0.95) - reference;
        var above = GainDb(make, output, cutoff * 1.05) - reference;
        var (inside, outside) = lowPass ? (below, above) : (above, below);
        Assert.True(inside > -3.0103 && outside < -3.0103, $"gain at 0.95·fc {below:F3} dB, at 1.05·fc {above:F3} dB (passband {reference:F3} dB)");
        Assert.InRange(reference, -0.1, 0.1);
    }
}
