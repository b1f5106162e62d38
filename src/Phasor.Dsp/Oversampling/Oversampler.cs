using System.Diagnostics.CodeAnalysis;

namespace Phasor.Dsp.Oversampling;

/// <summary>
/// 2x, 4x and 8x up- and downsampling by cascades of polyphase halfband stages, for running nonlinear nodes at a
/// higher rate. Flat within 0.003 dB to 0.45·fs and at least 79 dB of image and alias rejection from 0.55·fs up (fs is
/// the base rate), so nothing above that edge folds into the band below 0.45·fs. Linear phase; each direction delays
/// by a whole number of base frames, padded where the stages alone would leave a fraction.
/// </summary>
/// <remarks>
/// State is a caller-owned zeroed slice of <see cref="StateSize"/> doubles per direction and instance; calls never
/// allocate, and cutting a stream into blocks of any size gives the same samples. Render thread safe: the filters
/// are immutable and shared.
/// </remarks>
public static partial class Oversampler
{
    // Stage 1 does the sharp work between 0.45·fs and 0.55·fs; later stages only have to clear images of
    // that band around the higher rates, so they need far fewer taps.
    private static readonly HalfbandFilter s_first = new(24, 7.8);
    private static readonly HalfbandFilter s_second = new(5, 8.4);
    private static readonly HalfbandFilter s_third = new(3, 9.0);

    /// <summary>The designs of the three stages, whose taps the per-factor paths spell out (<see cref="HalfbandTaps"/>).</summary>
    internal static HalfbandFilter FirstStage => s_first;

    /// <inheritdoc cref="FirstStage"/>
    internal static HalfbandFilter SecondStage => s_second;

    /// <inheritdoc cref="FirstStage"/>
    internal static HalfbandFilter ThirdStage => s_third;

    /// <summary>True for the supported factors 1, 2, 4 and 8.</summary>
    public static bool IsValidFactor(int factor) => factor is 1 or 2 or 4 or 8;

    /// <summary>Doubles of state one direction (an up or a down instance) needs at <paramref name="factor"/>.</summary>
    public static int StateSize(int factor) => factor switch
    {
        1 => 0,
        2 => s_first.DownStateSize + PadStateSize(factor),
        4 => s_first.DownStateSize + s_second.DownStateSize + PadStateSize(factor),
        8 => s_first.DownStateSize + s_second.DownStateSize + s_third.DownStateSize + PadStateSize(factor),
        _ => ThrowInvalidFactor(factor),
    };

    /// <summary>
    /// Upsamples <paramref name="input"/> at the base rate into <paramref name="output"/> at <paramref name="factor"/>
    /// times the rate; <c>output.Length == input.Length * factor</c>. Render thread only; does not allocate.
    /// </summary>
    public static void Up(Span<double> state, int factor, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, factor, output.Length, input.Length);
        if (factor == 1)
        {
            input.CopyTo(output);
            return;
        }

        var first = state[..s_first.UpStateSize];
        var second = factor >= 4 ? state.Slice(s_first.DownStateSize, s_second.UpStateSize) : default;
        var third = factor == 8 ? state.Slice(s_first.DownStateSize + s_second.DownStateSize, s_third.UpStateSize) : default;
        var pad = PadState(state, factor, UpPad(factor));
        var o = 0;
        foreach (var x in input)
        {
            s_first.Up(first, x, out var a, out var b);
            if (factor == 2)
            {
                output[o++] = (float)a;
                output[o++] = (float)b;
                continue;
            }

            o = UpSecond(second, third, pad, factor, a, output, o);
            o = UpSecond(second, third, pad, factor, b, output, o);
        }
    }

    /// <summary>
    /// Downsamples <paramref name="input"/> at <paramref name="factor"/> times the base rate into <paramref name="output"/>
    /// at the base rate; <c>input.Length == output.Length * factor</c>. Render thread only; does not allocate.
    /// </summary>
    public static void Down(Span<double> state, int factor, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, factor, input.Length, output.Length);
        if (factor == 1)
        {
            input.CopyTo(output);
            return;
        }

        var first = state[..s_first.DownStateSize];
        var second = factor >= 4 ? state.Slice(s_first.DownStateSize, s_second.DownStateSize) : default;
        var third = factor == 8 ? state.Slice(s_first.DownStateSize + s_second.DownStateSize, s_third.DownStateSize) : default;
        var pad = PadState(state, factor, DownPad(factor));
        var i = 0;
        for (var n = 0; n < output.Length; n++)
        {
            double a, b;
            if (factor == 2)
            {
                a = input[i++];
                b = input[i++];
            }
            else
            {
                a = DownSecond(second, third, pad, factor, input, ref i);
                b = DownSecond(second, third, pad, factor, input, ref i);
            }

            output[n] = (float)s_first.Down(first, a, b);
        }
    }

    /// <summary>
    /// Delay of an up-then-down round trip at <paramref name="factor"/>, in base-rate frames: what a backend
    /// compensates when it runs a node oversampled. Exact (each direction is padded to whole frames); 0 for factor 1.
    /// </summary>
    public static int LatencyFrames(int factor) => factor == 1 ? 0 : UpLatencyFrames(factor) + DownLatencyFrames(factor);

    /// <summary>Delay of <see cref="Up"/> alone in base-rate frames.</summary>
    public static int UpLatencyFrames(int factor) => (UpLatencyHigh(factor) + UpPad(factor)) / factor;

    /// <summary>Delay of <see cref="Down"/> alone in base-rate frames.</summary>
    public static int DownLatencyFrames(int factor) => (DownLatencyHigh(factor) + DownPad(factor)) / factor;

    private static int UpSecond(Span<double> second, Span<double> third, Span<double> pad, int factor, double x, Span<float> output, int o)
    {
        s_second.Up(second, x, out var a, out var b);
        if (factor == 4)
        {
            output[o++] = (float)Delay(pad, a);
            output[o++] = (float)Delay(pad, b);
            return o;
        }

        s_third.Up(third, a, out var c, out var d);
        output[o++] = (float)Delay(pad, c);
        output[o++] = (float)Delay(pad, d);
        s_third.Up(third, b, out c, out d);
        output[o++] = (float)Delay(pad, c);
        output[o++] = (float)Delay(pad, d);
        return o;
    }

    private static double DownSecond(Span<double> second, Span<double> third, Span<double> pad, int factor, ReadOnlySpan<float> input, ref int i)
    {
        double a, b;
        if (factor == 4)
        {
            a = Delay(pad, input[i++]);
            b = Delay(pad, input[i++]);
        }
        else
        {
            a = s_third.Down(third, Delay(pad, input[i++]), Delay(pad, input[i++]));
            b = s_third.Down(third, Delay(pad, input[i++]), Delay(pad, input[i++]));
        }

        return s_second.Down(second, a, b);
    }

    /// <summary>Delay line of the padding samples at the high rate: slot 0 is the position, then the samples.</summary>
    private static double Delay(Span<double> pad, double x)
    {
        if (pad.Length <= 1)
        {
            return x;
        }

        var position = (int)pad[0];
        var y = pad[1 + position];
        pad[1 + position] = x;
        pad[0] = position + 2 == pad.Length ? 0 : position + 1;
        return y;
    }

    private static Span<double> PadState(Span<double> state, int factor, int samples) =>
        state.Slice(StateSize(factor) - PadStateSize(factor), 1 + samples);

    private static int PadStateSize(int factor) => 1 + Math.Max(UpPad(factor), DownPad(factor));

    // Latencies at the high rate: each stage's delay scaled by how many high-rate samples one of its samples spans.
    private static int UpLatencyHigh(int factor) => factor switch
    {
        2 => 2 * s_first.UpLatency,
        4 => (4 * s_first.UpLatency) + (2 * s_second.UpLatency),
        _ => (8 * s_first.UpLatency) + (4 * s_second.UpLatency) + (2 * s_third.UpLatency),
    };

    private static int DownLatencyHigh(int factor) => factor switch
    {
        2 => 2 * s_first.DownLatency,
        4 => (4 * s_first.DownLatency) + (2 * s_second.DownLatency),
        _ => (8 * s_first.DownLatency) + (4 * s_second.DownLatency) + (2 * s_third.DownLatency),
    };

    private static int UpPad(int factor) => (factor - (UpLatencyHigh(factor) % factor)) % factor;

    private static int DownPad(int factor) => (factor - (DownLatencyHigh(factor) % factor)) % factor;

    private static void CheckLengths(Span<double> state, int factor, int high, int low)
    {
        if (!IsValidFactor(factor))
        {
            ThrowInvalidFactor(factor);
        }

        if (high != low * factor || state.Length < StateSize(factor))
        {
            ThrowLengths(factor);
        }
    }

    [DoesNotReturn]
    private static int ThrowInvalidFactor(int factor) =>
        throw new ArgumentOutOfRangeException(nameof(factor), factor, "Oversampling factor must be 1, 2, 4 or 8.");

    [DoesNotReturn]
    private static void ThrowLengths(int factor) =>
        throw new ArgumentException($"At factor {factor} the high-rate span must be exactly {factor} times the base-rate span, and the state at least StateSize(factor).");
}
