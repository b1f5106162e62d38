namespace Phasor.Dsp.Tests.Nodes.Delays;

/// <summary>
/// reverbs.lib's mono_freeverb written out signal by signal over whole arrays, one Faust primitive at a
/// time, as a reference the kernel's ring buffers must agree with.
/// </summary>
internal static class FaustFreeverbReference
{
    private static readonly int[] s_combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
    private static readonly int[] s_allpasses = [556, 441, 341, 225];

    /// <summary>adaptSR(val) = floor(val·SR/44100).</summary>
    public static int AdaptSR(int value, int rate) => (int)Math.Floor(value * (double)rate / 44100 + 1e-9);

    public static double[] MonoFreeverb(double[] x, int rate, double fb1, double fb2, double damp, int spread)
    {
        var sum = new double[x.Length];
        foreach (var tuning in s_combs)
        {
            var comb = Lbcf(x, AdaptSR(tuning, rate) + spread, fb1, damp);
            for (var n = 0; n < x.Length; n++)
            {
                sum[n] += comb[n];
            }
        }

        var y = sum;
        foreach (var tuning in s_allpasses)
        {
            y = AllpassComb(y, AdaptSR(tuning, rate) + spread, -fb2);
        }

        return y;
    }

    /// <summary><c>lbcf(dt, fb, damp) = (+ : @(dt − 1)) ~ (*(1 − damp) : (+ ~ *(damp)) : *(fb)) : mem</c>.</summary>
    private static double[] Lbcf(double[] x, int dt, double fb, double damp)
    {
        var sum = new double[x.Length];      // output of +
        var delayed = new double[x.Length];  // @(dt − 1)
        var pole = new double[x.Length];     // + ~ *(damp), fed with *(1 − damp)
        var feedback = new double[x.Length]; // *(fb)
        var output = new double[x.Length];   // mem
        for (var n = 0; n < x.Length; n++)
        {
            sum[n] = x[n] + At(feedback, n - 1); // ~ delays its feedback by one sample
            delayed[n] = At(sum, n - (dt - 1));
            pole[n] = ((1 - damp) * delayed[n]) + (damp * At(pole, n - 1));
            feedback[n] = fb * pole[n];
            output[n] = At(delayed, n - 1);
        }

        return output;
    }

    /// <summary><c>allpass_comb(maxdel, N, aN) = (+ &lt;: de.delay(maxdel, N − 1), *(aN)) ~ *(−aN) : mem, _ : +</c>.</summary>
    private static double[] AllpassComb(double[] x, int n0, double an)
    {
        var sum = new double[x.Length];
        var delayed = new double[x.Length];
        var output = new double[x.Length];
        for (var n = 0; n < x.Length; n++)
        {
            sum[n] = x[n] + (-an * At(delayed, n - 1));
            delayed[n] = At(sum, n - (n0 - 1));
            output[n] = At(delayed, n - 1) + (an * sum[n]);
        }

        return output;
    }

    private static double At(double[] signal, int n) => n >= 0 ? signal[n] : 0;
}
