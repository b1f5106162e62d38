using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp;

/// <summary>The gain of a zero-delay (TPT) one-pole, which filters with an envelope-swept cutoff redesign every frame.</summary>
public static partial class FastMath
{
    // Minimax rational fit (Remez, relative error in num/den) of tan(πf)/f ≈ P(f²)/Q(f²) with P of degree 2 and Q of
    // degree 3 in f², Q(0) = 1, on f in [0, 0.49]: the largest error, 6.2e-11 relative, is reached at seven points
    // with alternating signs. A fit of type (2, 2) reaches only 1.5e-8; a polynomial in f, with the poles of G at
    // f = -1/4 and 3/4 this close, needs 14 terms for 1.4e-8 and 16 for 1e-9.
    private const double Tp0 = 3.1415926533954512, Tp1 = -3.773922667392434, Tp2 = 0.6330489440709224;
    private const double Tq1 = -4.491145049609513, Tq2 = 1.9889028654385017, Tq3 = -0.09729063862337044;

    /// <summary>
    /// The one-pole gain G = tan(πf)/(1 + tan(πf)) at <paramref name="f"/> = cutoff/rate, as the fraction
    /// <paramref name="num"/>/<paramref name="den"/>, left undivided so that a caller can share one division among
    /// several coefficients. Measured max relative error of the fraction 6.2e-11 for f in (0, 0.49] (both parts
    /// positive there), the range the filters clamp their cutoff to; 0 gives exactly 0.
    /// </summary>
    /// <remarks>
    /// With w = tan(πf) = f·P/Q, G = w/(1 + w) = f·P/(Q + f·P): no range reduction, no sine and cosine, and the
    /// polynomials in Estrin's form (a tree two products deep) rather than Horner's chain.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TptGain(double f, out double num, out double den)
    {
        var z = f * f;
        var z2 = z * z;
        var p = (Tp0 + (z * Tp1)) + (z2 * Tp2);
        var q = (1.0 + (z * Tq1)) + (z2 * (Tq2 + (z * Tq3)));
        num = f * p;
        den = q + num;
    }

    /// <summary><see cref="TptGain(double, out double, out double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TptGain(Vector512<double> f, out Vector512<double> num, out Vector512<double> den)
    {
        var z = f * f;
        var z2 = z * z;
        var p = (Vector512.Create(Tp0) + (z * Vector512.Create(Tp1))) + (z2 * Vector512.Create(Tp2));
        var q = (Vector512.Create(1.0) + (z * Vector512.Create(Tq1))) + (z2 * (Vector512.Create(Tq2) + (z * Vector512.Create(Tq3))));
        num = f * p;
        den = q + num;
    }
}
