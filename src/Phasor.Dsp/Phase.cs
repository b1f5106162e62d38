using System.Runtime.CompilerServices;

namespace Phasor.Dsp;

/// <summary>Phase accumulator arithmetic in cycles: phases live in [0, 1).</summary>
public static class Phase
{
    /// <summary>Adds <paramref name="increment"/> cycles and wraps into [0, 1), for any sign and size of increment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Advance(double phase, double increment)
    {
        phase += increment;
        if (phase >= 1.0 || phase < 0.0)
        {
            phase -= Math.Floor(phase);
        }

        return phase;
    }
}
