namespace Phasor.Dsp.Tests.Support;

/// <summary>What a listener would measure on a rendered signal: level, pitch, spectrum.</summary>
public static class Measure
{
    public static double Rms(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += (double)v * v;
        }

        return Math.Sqrt(sum / Math.Max(1, x.Length));
    }

    public static double Peak(ReadOnlySpan<float> x)
    {
        double peak = 0;
        foreach (var v in x)
        {
            peak = Math.Max(peak, Math.Abs(v));
        }

        return peak;
    }

    public static double Db(double amplitude) => 20 * Math.Log10(amplitude);

    /// <summary>Frequency from the mean spacing of upward zero crossings, interpolated within samples.</summary>
    public static double ZeroCrossingFrequency(ReadOnlySpan<float> x, double sampleRate)
    {
        double first = -1, last = -1;
        var crossings = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (x[i - 1] < 0 && x[i] >= 0)
            {
                var t = i - 1 + (x[i - 1] / (double)(x[i - 1] - x[i]));
                if (first < 0)
                {
                    first = t;
                }

                last = t;
                crossings++;
            }
        }

        return crossings < 2 ? 0 : (crossings - 1) * sampleRate / (last - first);
    }

    /// <summary>Magnitude of the DFT bin at <paramref name="frequency"/> (Goertzel), scaled so a unit sine gives 0.5... times 2 = amplitude.</summary>
    public static double Amplitude(ReadOnlySpan<float> x, double frequency, double sampleRate)
    {
        double re = 0, im = 0;
        var w = 2 * Math.PI * frequency / sampleRate;
        for (var i = 0; i < x.Length; i++)
        {
            // Hann window keeps leakage from neighbouring partials out of the bin.
            var win = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (x.Length - 1)));
            re += x[i] * win * Math.Cos(w * i);
            im -= x[i] * win * Math.Sin(w * i);
        }

        return 2 * Math.Sqrt((re * re) + (im * im)) / (x.Length * 0.5);
    }

    /// <summary>Power spectrum by direct DFT over <paramref name="bins"/> bins up to Nyquist (Hann window); slow but obviously right.</summary>
    public static double[] PowerSpectrum(ReadOnlySpan<float> x, int bins)
    {
        var n = x.Length;
        var windowed = new double[n];
        for (var i = 0; i < n; i++)
        {
            windowed[i] = x[i] * (0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (n - 1))));
        }

        var power = new double[bins];
        for (var k = 0; k < bins; k++)
        {
            var w = Math.PI * k / bins;
            double re = 0, im = 0;
            for (var i = 0; i < n; i++)
            {
                re += windowed[i] * Math.Cos(w * i);
                im -= windowed[i] * Math.Sin(w * i);
            }

            power[k] = (re * re) + (im * im);
        }

        return power;
    }

    public static float[] Sine(double frequency, double sampleRate, int frames, double amplitude = 1)
    {
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
        }

        return x;
    }
}
