using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp;

/// <summary>
/// Flush-to-zero for state that feeds back into itself (filter memories, delay lines, reverb tails).
/// .NET offers no portable FTZ/DAZ switch, so every feedback path flushes its own state: a decaying
/// tail then reaches exact zero instead of crawling through subnormals, which are many times slower.
/// </summary>
public static class Denormals
{
    /// <summary>Magnitudes below this are inaudible (about -400 dBFS) and become zero.</summary>
    public const double Threshold = 1e-20;

    /// <summary>Returns zero for values too small to matter, the value otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Flush(double x) => Math.Abs(x) < Threshold ? 0.0 : x;

    /// <summary>Single-precision flush with the same threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Flush(float x) => MathF.Abs(x) < (float)Threshold ? 0f : x;

    /// <summary><see cref="Flush(double)"/> on every element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Flush(Vector512<double> x) =>
        Vector512.ConditionalSelect(Vector512.LessThan(Vector512.Abs(x), Vector512.Create(Threshold)), Vector512<double>.Zero, x);
}
