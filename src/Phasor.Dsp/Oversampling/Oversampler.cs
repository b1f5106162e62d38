namespace Phasor.Dsp.Oversampling;

/// <summary>Placeholder until the halfband implementation lands (replaced on merge).</summary>
public static class Oversampler
{
    /// <summary>1, 2, 4 or 8.</summary>
    public static bool IsValidFactor(int factor) => factor is 1 or 2 or 4 or 8;

    /// <summary>State doubles for one direction.</summary>
    public static int StateSize(int factor) => 1;

    /// <summary>Upsamples.</summary>
    public static void Up(Span<double> state, int factor, ReadOnlySpan<float> input, Span<float> output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = input[i / factor];
        }
    }

    /// <summary>Downsamples.</summary>
    public static void Down(Span<double> state, int factor, ReadOnlySpan<float> input, Span<float> output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = input[i * factor];
        }
    }
}
