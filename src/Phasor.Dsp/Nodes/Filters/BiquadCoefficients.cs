namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// Normalised biquad coefficients (a0 = 1) designed by the RBJ Audio EQ Cookbook
/// (R. Bristow-Johnson, "Cookbook formulae for audio EQ biquad filter coefficients").
/// </summary>
/// <param name="B0">Feed-forward coefficient of x[n].</param>
/// <param name="B1">Feed-forward coefficient of x[n-1].</param>
/// <param name="B2">Feed-forward coefficient of x[n-2].</param>
/// <param name="A1">Feedback coefficient of y[n-1].</param>
/// <param name="A2">Feedback coefficient of y[n-2].</param>
internal readonly record struct BiquadCoefficients(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>Designs <paramref name="mode"/> at <paramref name="cutoff"/> Hz; <paramref name="db"/> is used by peak and shelves only.</summary>
    public static BiquadCoefficients Design(BiquadMode mode, double cutoff, double q, double db, double sampleRate)
    {
        // One paired evaluation gives both sin and cos of w0 = 2π·cutoff/rate.
        FastMath.SinCosCycles(FilterPorts.ClampCutoff(cutoff, sampleRate) / sampleRate, out var sin, out var cos);
        var alpha = sin / (2.0 * FilterPorts.ClampQ(q));
        return mode switch
        {
            BiquadMode.LowPass => Normalise((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha),
            BiquadMode.HighPass => Normalise((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha),
            BiquadMode.BandPass => Normalise(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha),
            BiquadMode.Notch => Normalise(1, -2 * cos, 1, 1 + alpha, -2 * cos, 1 - alpha),
            BiquadMode.Peak => Peak(cos, alpha, AmplitudeRoot(db)),
            BiquadMode.LowShelf => LowShelf(cos, alpha, AmplitudeRoot(db)),
            _ => HighShelf(cos, alpha, AmplitudeRoot(db)),
        };
    }

    /// <summary>The cookbook's A = 10^(dB/40): the square root of the linear gain, since peak and shelves reach A².</summary>
    private static double AmplitudeRoot(double db) => Math.Pow(10.0, Math.Clamp(double.IsNaN(db) ? 0 : db, -48, 48) / 40.0);

    private static BiquadCoefficients Peak(double cos, double alpha, double a) =>
        Normalise(1 + (alpha * a), -2 * cos, 1 - (alpha * a), 1 + (alpha / a), -2 * cos, 1 - (alpha / a));

    private static BiquadCoefficients LowShelf(double cos, double alpha, double a)
    {
        var k = 2 * Math.Sqrt(a) * alpha;
        return Normalise(
            a * ((a + 1) - ((a - 1) * cos) + k),
            2 * a * ((a - 1) - ((a + 1) * cos)),
            a * ((a + 1) - ((a - 1) * cos) - k),
            (a + 1) + ((a - 1) * cos) + k,
            -2 * ((a - 1) + ((a + 1) * cos)),
            (a + 1) + ((a - 1) * cos) - k);
    }

    private static BiquadCoefficients HighShelf(double cos, double alpha, double a)
    {
        var k = 2 * Math.Sqrt(a) * alpha;
        return Normalise(
            a * ((a + 1) + ((a - 1) * cos) + k),
            -2 * a * ((a - 1) + ((a + 1) * cos)),
            a * ((a + 1) + ((a - 1) * cos) - k),
            (a + 1) - ((a - 1) * cos) + k,
            2 * ((a - 1) - ((a + 1) * cos)),
            (a + 1) - ((a - 1) * cos) - k);
    }

    private static BiquadCoefficients Normalise(double b0, double b1, double b2, double a0, double a1, double a2)
    {
        var inv = 1.0 / a0;
        return new(b0 * inv, b1 * inv, b2 * inv, a1 * inv, a2 * inv);
    }
}
