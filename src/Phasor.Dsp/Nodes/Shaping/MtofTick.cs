using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="MtofNode"/>: the frequency is recomputed only when the note changes (inputs are mostly held constants).</summary>
public static class MtofTick
{
    /// <summary>The last input seen and its output.</summary>
    public struct State
    {
        /// <summary>Input of the cached output (NaN before the first frame).</summary>
        public float In;

        /// <summary>The output for <see cref="In"/>.</summary>
        public float Out;
    }

    /// <summary>Nothing cached yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.In = float.NaN;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, out float @out)
    {
        if (@in != s.In)
        {
            s.In = @in;
            s.Out = (float)MtofNode.Operation.Apply(@in);
        }

        @out = s.Out;
    }
}
