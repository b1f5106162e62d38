using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MtofNode"/>: a held note is converted once; a moving one on double vectors through <see cref="FastMath.Mtof(Vector512{double})"/>, bit for bit the scalar conversion, with the cache left as the tick form leaves it.</summary>
public static class MtofSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MtofTick.State s, in NodeBlock block)
    {
        var input = block.In(0);
        var output = block.Out(0);
        var i = 0;
        if (output.Length > 0 && block.IsConstant(0) && !float.IsNaN(input[0]))
        {
            // Every frame compares equal to the first, so the tick form converts once and repeats the result.
            MtofTick.Tick(ref s, input[0], out output[0]);
            output[1..].Fill(s.Out);
            return;
        }

        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                // Converting every frame gives what the cache gives: a frame that keeps the cache differs from it at
                // most in the sign of a zero, which the conversion maps to the same value.
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, FastMath.Mtof(low), FastMath.Mtof(high));
            }

            var last = FrameVectors.LastChange(input, i, s.In);
            if (last >= 0)
            {
                s.In = input[last];
                s.Out = output[last];
            }
        }

        for (; i < output.Length; i++)
        {
            MtofTick.Tick(ref s, input[i], out output[i]);
        }
    }
}
