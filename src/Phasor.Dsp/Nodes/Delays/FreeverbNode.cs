using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// Stereo Freeverb (Jezar at Dreampoint's Schroeder-Moorer reverb) as Faust's
/// <c>re.stereo_freeverb(fb1, fb2, damp, spread)</c> in reverbs.lib builds it: the two inputs are summed,
/// and each output channel runs that mono sum through eight parallel lowpass-feedback combs, summed,
/// then four Schroeder allpasses in series. The right channel's combs and allpasses are all
/// <c>spread</c> samples longer, which decorrelates the two tails. Outputs are wet only.
/// </summary>
/// <remarks>
/// Constants from reverbs.lib (mono_freeverb), which takes them from Jezar's tuning.h: comb lengths
/// 1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617 and allpass lengths 556, 441, 341, 225 samples at
/// origSR = 44100 Hz, scaled to the running rate as floor(length·SR/44100) (reverbs.lib's adaptSR, with SR
/// truncated to an integer); the spread is added after scaling, in samples at the running rate. Each comb
/// loop is exactly its length long (the current reverbs.lib lbcf, <c>@(dt - 1) ~ ... : mem</c>, as in
/// Jezar's code). Like stereo_freeverb there is no fixed input gain (Jezar's code has 0.015, Faust's
/// freeverb_demo 0.1): scale the input before the node; the combs alone gain up to 1/(1 − feedback) each.
/// Every loop flushes denormals, so a tail ends in exact zeros; a reverb whose lines are all zero and
/// whose input is silent skips its work.
/// </remarks>
public sealed class FreeverbNode : NodeKernel
{
    private const int Left = 0, Right = 1, Feedback = 2, AllpassFeedback = 3, Damp = 4;
    private const int Combs = 8, Allpasses = 4, UnitsPerChannel = Combs + Allpasses;

    /// <summary>Combs and allpasses of both channels: the rings of the reverb.</summary>
    internal const int Units = 2 * UnitsPerChannel;
    private const int OriginalRate = 44100;
    private const int Chunk = 64;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "freeverb",
        "Delays and space",
        "Stereo Freeverb reverb (Faust's re.stereo_freeverb); wet output only.",
        [
            PortSpec.Signal("left", "Left input; summed with the right one."),
            PortSpec.Signal("right", "Right input; summed with the left one."),
            new("feedback", PortRate.Audio, 0.84, -LoopGain.Max, LoopGain.Max, "", "Comb feedback (Freeverb's room size): longer tails towards 1."),
            new("allpassFeedback", PortRate.Audio, 0.5, -LoopGain.Max, LoopGain.Max, "", "Gain of the four diffusing allpasses."),
            new("damp", PortRate.Audio, 0.2, 0, 1, "", "Lowpass in the comb loops: highs die faster towards 1."),
        ],
        [
            new("left", PortRate.Audio, "Left wet signal."),
            new("right", PortRate.Audio, "Right wet signal (the lines lengthened by spread)."),
        ],
        [new("spread", ParamKind.Integer, 23, 0, 1000, "samples", "How much longer the right channel's lines are.")]);

    /// <summary>Comb lengths in samples at 44.1 kHz (Jezar's combtuningL, reverbs.lib combtuningL).</summary>
    private static ReadOnlySpan<int> CombTuning => [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];

    /// <summary>Allpass lengths in samples at 44.1 kHz, in series order (allpasstuningL).</summary>
    private static ReadOnlySpan<int> AllpassTuning => [556, 441, 341, 225];

    /// <inheritdoc/>
    public override Type TickForm => typeof(FreeverbTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(FreeverbSpan);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup)
    {
        var spread = Spread(setup);
        var size = Slots.Lines;
        for (var u = 0; u < Units; u++)
        {
            size += 1 + UnitLength(u, setup.SampleRate, spread);
        }

        return size;
    }

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        var spread = Spread(setup);
        var offset = Slots.Lines;
        for (var u = 0; u < Units; u++)
        {
            state[Slots.Offsets + u] = offset;
            offset += 1 + UnitLength(u, setup.SampleRate, spread);
        }

        state[Slots.Offsets + Units] = offset;
        var longest = 0;
        for (var u = 0; u < Units; u++)
        {
            longest = Math.Max(longest, UnitLength(u, setup.SampleRate, spread));
        }

        state[Slots.Longest] = longest;
        state[Slots.QuietFrames] = longest;
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var left = block.In(Left);
        var right = block.In(Right);
        var feedback = block.In(Feedback);
        var allpassFeedback = block.In(AllpassFeedback);
        var damp = block.In(Damp);
        var state = block.State;
        Span<double> mono = stackalloc double[Chunk];
        Span<double> wet = stackalloc double[Chunk];
        Span<double> fb = stackalloc double[Chunk];
        Span<double> ap = stackalloc double[Chunk];
        Span<double> dp = stackalloc double[Chunk];
        var longest = state[Slots.Longest];
        var quiet = state[Slots.QuietFrames];
        for (var start = 0; start < block.Count; start += Chunk)
        {
            var n = Math.Min(Chunk, block.Count - start);
            var silentInput = true;
            for (var i = 0; i < n; i++)
            {
                mono[i] = (double)left[start + i] + right[start + i];
                silentInput &= mono[i] == 0.0;
            }

            // Once every ring and lowpass has held only zeros for the longest ring's length, the
            // whole reverb is zero: with silent input the output stays zero, so skip the work.
            if (silentInput && quiet >= longest)
            {
                block.Out(0).Slice(start, n).Clear();
                block.Out(1).Slice(start, n).Clear();
                continue;
            }

            Coefficients(block.IsConstant(Feedback), feedback.Slice(start, n), fb[..n], damping: false);
            Coefficients(block.IsConstant(AllpassFeedback), allpassFeedback.Slice(start, n), ap[..n], damping: false);
            Coefficients(block.IsConstant(Damp), damp.Slice(start, n), dp[..n], damping: true);
            var active = false;
            for (var channel = 0; channel < 2; channel++)
            {
                var signal = wet[..n];
                signal.Clear();
                var unit = channel * UnitsPerChannel;
                for (var c = 0; c < Combs; c++, unit++)
                {
                    active |= FreeverbStages.Comb(Ring(state, unit), ref state[Slots.Lowpass + (channel * Combs) + c], mono[..n], signal, fb[..n], dp[..n]);
                }

                for (var a = 0; a < Allpasses; a++, unit++)
                {
                    active |= FreeverbStages.Allpass(Ring(state, unit), signal, ap[..n]);
                }

                var output = block.Out(channel).Slice(start, n);
                for (var i = 0; i < n; i++)
                {
                    output[i] = (float)signal[i];
                }
            }

            quiet = active ? 0 : Math.Min(quiet + n, longest);
        }

        state[Slots.QuietFrames] = quiet;
    }

    /// <summary>Limits a chunk of a coefficient input into doubles, once for all sixteen combs or eight allpasses.</summary>
    private static void Coefficients(bool constant, ReadOnlySpan<float> input, Span<double> coefficients, bool damping)
    {
        if (constant)
        {
            coefficients.Fill(damping ? LoopGain.Damping(input[0]) : LoopGain.Limit(input[0]));
            return;
        }

        for (var i = 0; i < coefficients.Length; i++)
        {
            coefficients[i] = damping ? LoopGain.Damping(input[i]) : LoopGain.Limit(input[i]);
        }
    }

    private static Span<double> Ring(Span<double> state, int unit)
    {
        var start = (int)state[Slots.Offsets + unit];
        var end = (int)state[Slots.Offsets + unit + 1];
        return state[start..end];
    }

    /// <summary>Delay of unit <paramref name="unit"/> in samples: per channel eight combs then four allpasses, the right channel spread longer.</summary>
    internal static int UnitLength(int unit, double sampleRate, int spread)
    {
        var channel = unit / UnitsPerChannel;
        var index = unit % UnitsPerChannel;
        var tuning = index < Combs ? CombTuning[index] : AllpassTuning[index - Combs];
        return Math.Max(1, Scale(tuning, sampleRate) + (channel * spread));
    }

    /// <summary>reverbs.lib's adaptSR: floor(length·SR/44100) in exact integer arithmetic, SR truncated to an integer as int(ma.SR).</summary>
    private static int Scale(int length, double sampleRate) => (int)((long)length * (long)sampleRate / OriginalRate);

    /// <summary>The spread parameter, clamped to its range.</summary>
    internal static int Spread(in NodeSetup setup) => Math.Clamp(setup.Params.Integer("spread"), 0, 1000);

    private static class Slots
    {
        public const int Longest = 0, QuietFrames = 1, Lowpass = 2, Offsets = Lowpass + (2 * Combs), Lines = Offsets + Units + 1;
    }
}
