using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>Keeps feedback gains inside the range where a loop stays stable, whatever arrives on the wire.</summary>
internal static class LoopGain
{
    /// <summary>The largest feedback magnitude the delay family accepts; just below 1 so every loop still decays.</summary>
    public const double Max = 0.999;

    /// <summary>Clamps <paramref name="gain"/> to [-<see cref="Max"/>, <see cref="Max"/>]; NaN becomes 0 so it cannot poison a loop for ever.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Limit(double gain) => gain >= -Max ? (gain <= Max ? gain : Max) : (gain < -Max ? -Max : 0.0);

    /// <summary>Clamps a damping amount to [0, 1]; NaN becomes 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Damping(double damp) => damp >= 0.0 ? (damp <= 1.0 ? damp : 1.0) : 0.0;
}
