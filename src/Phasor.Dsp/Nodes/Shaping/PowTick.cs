using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The per-sample form of <see cref="PowNode"/>. A whole exponent runs on multiplications, as the kernel does for a
/// constant one; the tick cannot tell a constant from a signal that stays put, so it also does so where the kernel
/// takes the general power (an exponent signal passing through a whole number). The two formulas agree to about
/// 1e-12 relative before rounding to float, so the outputs differ by at most one float step, and rarely.
/// </summary>
public static class PowTick
{
    /// <summary>The last exponent seen and whether it is whole.</summary>
    public struct State
    {
        /// <summary>Exponent of the cached classification (NaN before the first frame).</summary>
        public float B;

        /// <summary>1 when <see cref="B"/> is a whole exponent.</summary>
        public int Whole;

        /// <summary><see cref="B"/> as an integer when <see cref="Whole"/> is 1.</summary>
        public int N;
    }

    /// <summary>No exponent seen yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.B = float.NaN;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float a, float b, out float @out)
    {
        if (b != s.B)
        {
            Update(ref s, b);
        }

        @out = s.Whole != 0 ? PowNode.Power(a, s.N) : PowNode.Power(a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float b)
    {
        s.B = b;
        s.Whole = PowNode.IsWholeExponent(b) ? 1 : 0;
        s.N = s.Whole != 0 ? (int)b : 0;
    }
}
