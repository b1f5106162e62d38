using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// Four-pole Moog ladder low-pass (24 dB/octave) with zero-delay feedback, the same filter as Faust's
/// <c>ve.moogLadder</c> (vaeffects.lib, after Zavalishin, "The Art of VA Filter Design", 2.1.2, §5):
/// four TPT one-poles in series with the output fed back, the feedback loop solved exactly per sample.
/// Resonance maps to feedback as Faust maps it: k = 4·(q − 1/√2)/(25 − 1/√2), so q = 0.7071 is no
/// feedback and q = 25 is k = 4, the edge of self-oscillation; the port goes on to q = 40 (k ≈ 6.5) so
/// the filter rings on its own, louder and sooner as q rises (about −11 dBFS peak at 40). A tanh at the ladder input (after the feedback is subtracted, where the
/// transistor pair of the analog circuit sits) keeps that oscillation bounded and saturates hot input;
/// small signals at drive 1 pass it almost linearly. <c>saturate</c> 0 removes it (<see cref="LadderInput"/>): the
/// filter is then exactly Faust's linear one, which self-oscillates without bound past q = 25.
/// </summary>
/// <remarks>
/// In Faust 2.54's vaeffects.lib (the version Debian ships, which the peer benchmarks use) <c>normFreq</c> is a
/// fraction of Nyquist, cf = normFreq·fs/2, so <c>ve.moogLadder(fc/(fs/2), Q)</c> is <c>ladder</c> with cutoff fc
/// and q Q, with <c>saturate</c> 0; with the default tanh the two differ once the input nears full scale (tanh(1) is 0.76).
/// </remarks>
public sealed class LadderNode : NodeKernel
{
    /// <summary>The q that Faust maps to a feedback of 4.</summary>
    public const double QAtThreshold = 25.0;

    /// <summary>Top of the q port, the same as the other filters': feedback past 4, so the filter self-oscillates.</summary>
    public const double MaxQ = 40.0;

    private const int In = 0, Cutoff = 1, Q = 2, Drive = 3, Saturate = 4;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "ladder",
        "Filters",
        "Moog-style four-pole resonant low-pass (24 dB/octave) that self-oscillates at the top of q.",
        [
            FilterPorts.In,
            FilterPorts.Cutoff("Cutoff frequency."),
            new("q", PortRate.Audio, FilterPorts.Butterworth, FilterPorts.Butterworth, MaxQ, "", "Resonance as in Faust's ve.moogLadder: 0.7071 none, 25 the edge of self-oscillation, above that it sings on its own."),
            new("drive", PortRate.Audio, 1, 0, 100, "", "Linear gain into the input saturation; above 1 the ladder distorts."),
            new("saturate", PortRate.Control, 1, 0, 1, "", "1: a tanh at the ladder input, as in the analog circuit; 0: none, the linear filter of Faust's ve.moogLadder (unbounded past q 25); between: a blend."),
        ],
        [OutputSpec.Out("The low-passed signal.")])
    {
        SuggestsOversampling = true,
    };

    /// <inheritdoc/>
    public override Type TickForm => typeof(LadderTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(LadderLanes);

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
        var drive = block.In(Drive);
        double saturate = block.First(Saturate);
        var output = block.Out(0);
        var state = block.State;
        var period = 1.0 / block.SampleRate;
        var (s1, s2, s3, s4) = (state[Slots.S1], state[Slots.S2], state[Slots.S3], state[Slots.S4]);
        var (g, kLeak, norm) = (state[Slots.G], state[Slots.KLeak], state[Slots.Norm]);
        var (lastCutoff, lastQ) = (state[Slots.LastCutoff], state[Slots.LastQ]);
        var moving = !(block.IsConstant(Cutoff) && block.IsConstant(Q));
        for (var i = 0; i < output.Length; i++)
        {
            // Constant inputs match after the first frame, so the design runs at most once per call.
            if ((i == 0 || moving) && (cutoff[i] != lastCutoff || q[i] != lastQ))
            {
                (lastCutoff, lastQ) = (cutoff[i], q[i]);
                LadderDesign.Coefficients(lastCutoff, lastQ, period, out g, out kLeak, out norm);
            }

            // Each one-pole is y = g·u + (1 − g)·s, so the ladder output is G·u + S with G = g⁴ and
            // S = (1 − g)·(g³s1 + g²s2 + g·s3 + s4); solving u = x − k·(G·u + S) for u removes the delay from the loop.
            var sum = (g * ((g * ((g * s1) + s2)) + s3)) + s4;
            var u = LadderInput.Shape(((drive[i] * input[i]) - (kLeak * sum)) * norm, saturate);
            var v = g * (u - s1);
            var lp1 = v + s1;
            s1 = Denormals.Flush(lp1 + v);
            v = g * (lp1 - s2);
            var lp2 = v + s2;
            s2 = Denormals.Flush(lp2 + v);
            v = g * (lp2 - s3);
            var lp3 = v + s3;
            s3 = Denormals.Flush(lp3 + v);
            v = g * (lp3 - s4);
            var lp4 = v + s4;
            s4 = Denormals.Flush(lp4 + v);
            output[i] = (float)lp4;
        }

        (state[Slots.S1], state[Slots.S2], state[Slots.S3], state[Slots.S4]) = (s1, s2, s3, s4);
        (state[Slots.G], state[Slots.KLeak], state[Slots.Norm]) = (g, kLeak, norm);
        (state[Slots.LastCutoff], state[Slots.LastQ]) = (lastCutoff, lastQ);
    }

    private static class Slots
    {
        public const int S1 = 0, S2 = 1, S3 = 2, S4 = 3, G = 4, KLeak = 5, Norm = 6, LastCutoff = 7, LastQ = 8, Count = 9;
    }
}
