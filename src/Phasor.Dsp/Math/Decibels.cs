using System.Runtime.CompilerServices;

namespace Phasor.Dsp;

/// <summary>Conversions between decibels and linear amplitude.</summary>
public static class Decibels
{
    /// <summary>10^(dB/20).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToAmplitude(double db) => Math.Pow(10.0, db / 20.0);

    /// <summary>20·log10(|a|); -inf for silence.</summary>
    public static double FromAmplitude(double amplitude) => 20.0 * Math.Log10(Math.Abs(amplitude));
}
