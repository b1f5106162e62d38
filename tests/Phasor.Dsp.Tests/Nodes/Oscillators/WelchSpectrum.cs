namespace Phasor.Dsp.Tests.Nodes.Oscillators;

/// <summary>Averaged power spectrum (Welch: Hann-windowed segments, half overlap) by radix-2 FFT, for noise measurements.</summary>
internal static class WelchSpectrum
{
    /// <summary>Mean power per bin for bins 0..size/2−1; bin k is at k·rate/size.</summary>
    public static double[] Compute(ReadOnlySpan<float> x, int size)
    {
        var power = new double[size / 2];
        var re = new double[size];
        var im = new double[size];
        var segments = 0;
        for (var start = 0; start + size <= x.Length; start += size / 2)
        {
            for (var i = 0; i < size; i++)
            {
                re[i] = x[start + i] * (0.5 - (0.5 * Math.Cos(2 * Math.PI * i / size)));
                im[i] = 0;
            }

            Fft(re, im);
            for (var k = 0; k < power.Length; k++)
            {
                power[k] += (re[k] * re[k]) + (im[k] * im[k]);
            }

            segments++;
        }

        for (var k = 0; k < power.Length; k++)
        {
            power[k] /= segments;
        }

        return power;
    }

    private static void Fft(double[] re, double[] im)
    {
        var n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var len = 2; len <= n; len <<= 1)
        {
            var angle = -2 * Math.PI / len;
            for (var i = 0; i < n; i += len)
            {
                for (var k = 0; k < len / 2; k++)
                {
                    double wr = Math.Cos(angle * k), wi = Math.Sin(angle * k);
                    int a = i + k, b = i + k + (len / 2);
                    var tr = (re[b] * wr) - (im[b] * wi);
                    var ti = (re[b] * wi) + (im[b] * wr);
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
