using System.Runtime.CompilerServices;

namespace Phasor.Dsp;

/// <summary>Fast approximations of transcendental functions for the render path, each with its accuracy stated and tested.</summary>
public static partial class FastMath
{
    /// <summary>sin(2π·x) for x in cycles. Placeholder precision: exact (Math.Sin) until the polynomial lands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SinCycles(double x) => Math.Sin(2.0 * Math.PI * x);
}
