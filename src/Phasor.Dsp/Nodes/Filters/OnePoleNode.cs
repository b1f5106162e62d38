using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// One-pole low-pass and its complementary high-pass (lp + hp = in), built on one trapezoidal (TPT)
/// integrator with a prewarped gain, so both outputs are exactly -3 dB at the cutoff.
/// </summary>
public sealed class OnePoleNode : NodeKernel
{
    private const int In = 0, Cutoff = 1;
    private const int Lp = 0, Hp = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "onepole",
        "Filters",
        "One-pole low-pass and high-pass (6 dB/octave), -3 dB at the cutoff.",
        [FilterPorts.In, FilterPorts.Cutoff("Frequency where both outputs are 3 dB down.")],
        [
            new("lp", PortRate.Audio, "Low-passed signal."),
            new("hp", PortRate.Audio, "High-passed signal: the input minus the low-pass."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(OnePoleTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(OnePoleLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.LastCutoff] = double.NaN;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var cutoff = block.In(Cutoff);
        var lpOut = block.Out(Lp);
        var hpOut = block.Out(Hp);
        var state = block.State;
        var rate = block.SampleRate;
        var s = state[Slots.S];
        var g = state[Slots.G];
        var last = state[Slots.LastCutoff];
        var moving = !block.IsConstant(Cutoff);
        for (var i = 0; i < lpOut.Length; i++)
        {
            // A constant cutoff matches after the first frame, so the gain is computed at most once per call.
            if ((i == 0 || moving) && cutoff[i] != last)
            {
                last = cutoff[i];
                g = Gain(last, rate);
            }

            double x = input[i];
            var v = (x - s) * g;
            var lp = v + s;
            s = Denormals.Flush(lp + v);
            lpOut[i] = (float)lp;
            hpOut[i] = (float)(x - lp);
        }

        state[Slots.S] = s;
        state[Slots.G] = g;
        state[Slots.LastCutoff] = last;
    }

    /// <summary>The integrator gain G = g/(1+g) that resolves the zero-delay feedback of the one-pole.</summary>
    internal static double Gain(double cutoff, double rate)
    {
        var g = FilterPorts.Prewarp(cutoff, rate);
        return g / (1.0 + g);
    }

    private static class Slots
    {
        public const int S = 0, G = 1, LastCutoff = 2, Count = 3;
    }
}
