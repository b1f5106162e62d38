namespace Phasor.Dsp.Tests.Nodes.Delays;

/// <summary>Test inputs for delay-family kernels.</summary>
internal static class DelaySignals
{
    public static float[] Impulse(int frames, int at = 0, float amplitude = 1)
    {
        var x = new float[frames];
        x[at] = amplitude;
        return x;
    }

    /// <summary>Deterministic white noise in [-1, 1).</summary>
    public static float[] Noise(int frames, int seed = 1)
    {
        var random = new Random(seed);
        var x = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            x[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return x;
    }

    /// <summary>Indices of the samples that are not exactly zero.</summary>
    public static List<int> NonZero(float[] x)
    {
        var indices = new List<int>();
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != 0)
            {
                indices.Add(i);
            }
        }

        return indices;
    }

    public static bool AllFinite(ReadOnlySpan<float> x)
    {
        foreach (var v in x)
        {
            if (!float.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Largest sample-to-sample step.</summary>
    public static double MaxStep(ReadOnlySpan<float> x)
    {
        double max = 0;
        for (var i = 1; i < x.Length; i++)
        {
            max = Math.Max(max, Math.Abs(x[i] - (double)x[i - 1]));
        }

        return max;
    }
}
