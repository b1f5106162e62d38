using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// The two fixed-length stages of Freeverb, run over a chunk of frames at a time: each ring is a
/// <see cref="DelayLine"/> slice exactly as long as the stage's delay, so reading the slot about to
/// be overwritten gives the sample from exactly that many frames ago.
/// </summary>
internal static class FreeverbStages
{
    /// <summary>
    /// Lowpass-feedback comb (Faust's <c>lbcf</c>): adds the loop output o = v[n − D] to <paramref name="sum"/>,
    /// then l = (1 − damp)·o + damp·l and v[n] = x[n] + feedback·l.
    /// Returns true when it wrote anything but zero into its ring or its lowpass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Comb(Span<double> ring, ref double lowpass, ReadOnlySpan<double> input, Span<double> sum, ReadOnlySpan<double> feedback, ReadOnlySpan<double> damp)
    {
        var length = ring.Length - 1;
        var w = (int)ring[0];
        var buffer = ring[1..];
        var l = lowpass;
        var active = false;
        for (var i = 0; i < input.Length; i++)
        {
            var o = buffer[w];
            sum[i] += o;
            var d = damp[i];
            l = Denormals.Flush(((1.0 - d) * o) + (d * l));
            var v = Denormals.Flush(input[i] + (feedback[i] * l));
            buffer[w] = v;
            active |= (v != 0.0) | (l != 0.0);
            if (++w == length)
            {
                w = 0;
            }
        }

        lowpass = l;
        ring[0] = w;
        return active;
    }

    /// <summary>
    /// Schroeder allpass in place (Faust's <c>fi.allpass_comb(_, D, -g)</c>): v[n] = x[n] + g·v[n − D],
    /// y[n] = v[n − D] − g·v[n]. Returns true when it wrote anything but zero into its ring.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Allpass(Span<double> ring, Span<double> signal, ReadOnlySpan<double> gain)
    {
        var length = ring.Length - 1;
        var w = (int)ring[0];
        var buffer = ring[1..];
        var active = false;
        for (var i = 0; i < signal.Length; i++)
        {
            var late = buffer[w];
            var g = gain[i];
            var v = Denormals.Flush(signal[i] + (g * late));
            buffer[w] = v;
            active |= v != 0.0;
            signal[i] = late - (g * v);
            if (++w == length)
            {
                w = 0;
            }
        }

        ring[0] = w;
        return active;
    }
}
