using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="SaturateNode"/>: with a constant drive the effective drive and make-up gain are settled once by the tick form and the curve runs on double vectors through <see cref="FastMath.Tanh(Vector512{double})"/>, bit for bit the scalar one.</summary>
public static class SaturateSpan
{
    private const int In = 0, Drive = 1;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref SaturateTick.State s, in NodeBlock block)
    {
        var input = block.In(In);
        var drive = block.In(Drive);
        var output = block.Out(0);
        var i = 0;

        // A NaN drive would be settled again every frame; any other constant compares equal to the first frame's.
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Drive) && !float.IsNaN(drive[0]) && output.Length >= FrameVectors.Width)
        {
            SaturateTick.Tick(ref s, input[0], drive[0], out output[0]);
            var (d, makeup) = (Vector512.Create(s.D), Vector512.Create(s.Makeup));
            for (i = 1; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (low, high) = FrameVectors.Load(input, i);
                FrameVectors.Store(output, i, FastMath.Tanh(d * low) * makeup, FastMath.Tanh(d * high) * makeup);
            }
        }

        for (; i < output.Length; i++)
        {
            SaturateTick.Tick(ref s, input[i], drive[i], out output[i]);
        }
    }
}
