using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// State-variable filter by the trapezoidal (TPT) integration of Zavalishin and Simper: two
/// zero-delay-feedback integrators give low, high, band and notch at once, and stay well-behaved
/// when the cutoff is swept at audio rate (A. Simper, "Linear trap integrated SVF", Cytomic 2013).
/// </summary>
public sealed class SvfNode : NodeKernel
{
    private const int In = 0, Cutoff = 1, Q = 2;
    private const int Low = 0, High = 1, Band = 2, Notch = 3;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "svf",
        "Filters",
        "State-variable filter with low-pass, high-pass, band-pass and notch outputs (12 dB/octave).",
        [
            FilterPorts.In,
            FilterPorts.Cutoff("Cutoff or centre frequency."),
            FilterPorts.Q("Resonance; band and notch get narrower as it rises."),
        ],
        [
            new("low", PortRate.Audio, "Low-passed signal; |H(fc)| = q."),
            new("high", PortRate.Audio, "High-passed signal; |H(fc)| = q."),
            new("band", PortRate.Audio, "Band-passed signal with a constant 0 dB peak at the cutoff."),
            new("notch", PortRate.Audio, "Band-rejected signal: low plus high."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SvfTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(SvfLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.LastCutoff] = double.NaN;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var cutoff = block.In(Cutoff);
        var q = block.In(Q);
        var low = block.Out(Low);
        var high = block.Out(High);
        var band = block.Out(Band);
        var notch = block.Out(Notch);
        var state = block.State;
        var rate = block.SampleRate;
        var (ic1, ic2) = (state[Slots.Ic1], state[Slots.Ic2]);
        var (g, k, a1) = (state[Slots.G], state[Slots.K], state[Slots.A1]);
        var (lastCutoff, lastQ) = (state[Slots.LastCutoff], state[Slots.LastQ]);
        var moving = !(block.IsConstant(Cutoff) && block.IsConstant(Q));
        for (var i = 0; i < low.Length; i++)
        {
            // Constant inputs match after the first frame, so the design runs at most once per call.
            if ((i == 0 || moving) && (cutoff[i] != lastCutoff || q[i] != lastQ))
            {
                (lastCutoff, lastQ) = (cutoff[i], q[i]);
                Design(lastCutoff, lastQ, rate, out g, out k, out a1);
            }

            // Solve both integrators at once: band first, then low from band (Simper's a1..a3 form).
            double x = input[i];
            var v3 = x - ic2;
            var v1 = a1 * ((g * v3) + ic1);
            var v2 = ic2 + (g * v1);
            ic1 = Denormals.Flush((2.0 * v1) - ic1);
            ic2 = Denormals.Flush((2.0 * v2) - ic2);
            var hp = x - (k * v1) - v2;
            low[i] = (float)v2;
            high[i] = (float)hp;
            band[i] = (float)(k * v1);
            notch[i] = (float)(v2 + hp);
        }

        (state[Slots.Ic1], state[Slots.Ic2]) = (ic1, ic2);
        (state[Slots.G], state[Slots.K], state[Slots.A1]) = (g, k, a1);
        (state[Slots.LastCutoff], state[Slots.LastQ]) = (lastCutoff, lastQ);
    }

    /// <summary>Prewarped integrator gain g, damping k = 1/q, and a1 = 1/(1 + g·(g + k)) that solves the zero-delay loop.</summary>
    internal static void Design(double cutoff, double q, double rate, out double g, out double k, out double a1)
    {
        g = FilterPorts.Prewarp(cutoff, rate);
        k = 1.0 / FilterPorts.ClampQ(q);
        a1 = 1.0 / (1.0 + (g * (g + k)));
    }

    private static class Slots
    {
        public const int Ic1 = 0, Ic2 = 1, G = 2, K = 3, A1 = 4, LastCutoff = 5, LastQ = 6, Count = 7;
    }
}
