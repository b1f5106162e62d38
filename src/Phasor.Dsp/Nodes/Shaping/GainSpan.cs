using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="GainNode"/>: with a constant dB input the factor is settled once and the products are float vectors in the tick form's order.</summary>
public static class GainSpan
{
    private const int In = 0, Level = 1, Db = 2;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref GainTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var level = block.In(Level);
        var db = block.In(Db);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Db) && output.Length >= FrameVectors.Width)
        {
            // The first frame settles the factor for the constant dB; the rest use it as the tick form would.
            GainTick.Tick(ref s, input[0], level[0], db[0], out output[0]);
            var factor = Vector512.Create(s.Factor);
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                FrameVectors.Store(output, i, FrameVectors.LoadSingle(input, i) * FrameVectors.LoadSingle(level, i) * factor);
            }
        }

        for (; i < output.Length; i++)
        {
            GainTick.Tick(ref s, input[i], level[i], db[i], out output[i]);
        }
    }
}
