using System.Runtime.CompilerServices;

namespace Phasor.Dsp;

/// <summary>
/// A ring buffer laid out in a state slice: slot 0 holds the write index, the rest holds samples.
/// Reads take a delay in samples measured back from the next sample to be written.
/// Writes flush denormals, so a line inside a feedback loop decays to exact zero.
/// </summary>
public static class DelayLine
{
    /// <summary>
    /// Relative distance from a whole number under which a delay counts as whole: the float epsilon,
    /// twice the error of a time that crossed a float wire, so whole-sample times stay whole.
    /// </summary>
    public const double WholeTolerance = 1.0 / (1 << 23);

    /// <summary>State doubles needed for a line that can delay by up to <paramref name="maxDelaySamples"/>, with room for cubic interpolation.</summary>
    public static int StateSize(int maxDelaySamples) => 1 + maxDelaySamples + 4;

    /// <summary>Length of the ring inside a state slice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(Span<double> line) => line.Length - 1;

    /// <summary>Appends one sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(Span<double> line, double sample)
    {
        var length = line.Length - 1;
        var w = (int)line[0];
        line[1 + w] = Denormals.Flush(sample);
        w++;
        line[0] = w == length ? 0 : w;
    }

    /// <summary>
    /// A time in seconds as a delay in samples. Times arrive as floats, so 0.01 s at 44.1 kHz is
    /// 441.0000065 samples: delays within <see cref="WholeTolerance"/> of a whole number snap to it,
    /// which keeps whole-sample delays exact instead of smearing them over two taps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Samples(double seconds, double sampleRate)
    {
        var delay = seconds * sampleRate;
        var whole = Math.Round(delay);
        return Math.Abs(delay - whole) <= Math.Max(1.0, whole) * WholeTolerance ? whole : delay;
    }

    /// <summary>Clamps a delay in samples to [<paramref name="min"/>, <paramref name="max"/>]; NaN becomes <paramref name="min"/>, so a bad wire cannot index outside the ring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Clamp(double delay, double min, double max) => delay >= min ? (delay <= max ? delay : max) : min;

    /// <summary>The sample written <paramref name="delay"/> writes ago (1 = the newest); delay is a whole number in [1, length].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tap(Span<double> line, int delay)
    {
        var length = line.Length - 1;
        var r = (int)line[0] - delay;
        if (r < 0)
        {
            r += length;
        }

        return line[1 + r];
    }

    /// <summary>Linear interpolation between whole-sample taps; <paramref name="delay"/> must be in [1, length - 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ReadLinear(Span<double> line, double delay)
    {
        var whole = (int)delay;
        var frac = delay - whole;
        var a = Tap(line, whole);
        if (frac == 0.0)
        {
            return a;
        }

        var b = Tap(line, whole + 1);
        return a + (frac * (b - a));
    }

    /// <summary>Cubic (Catmull-Rom Hermite) interpolation; <paramref name="delay"/> must be in [2, length - 2].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ReadCubic(Span<double> line, double delay)
    {
        var whole = (int)delay;
        var t = delay - whole;
        var ym1 = Tap(line, whole - 1);
        var y0 = Tap(line, whole);
        var y1 = Tap(line, whole + 1);
        var y2 = Tap(line, whole + 2);
        var c1 = 0.5 * (y1 - ym1);
        var c2 = ym1 - (2.5 * y0) + (2.0 * y1) - (0.5 * y2);
        var c3 = (0.5 * (y2 - ym1)) + (1.5 * (y0 - y1));
        return ((((c3 * t) + c2) * t) + c1) * t + y0;
    }
}
