using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The span form of <see cref="MixNode"/>: the tick form's float sum in port order on float vectors, skipping inputs
/// that are constant zeros as the kernel does. Adding a zero changes nothing but the sign of a zero sum (and quiets a
/// signalling NaN), so the steps where a skipped input could have mattered, a zero or NaN sum, are run by the tick form.
/// </summary>
public static class MixSpan
{
    private const int Inputs = 8;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MixTick.State s, in NodeBlock block)
    {
        var output = block.Out(0);
        var vectored = Vector512.IsHardwareAccelerated ? output.Length - (output.Length % FrameVectors.Width) : 0;
        if (vectored > 0)
        {
            vectored = Sum(ref s, block, output, vectored);
        }

        for (var i = vectored; i < output.Length; i++)
        {
            Tick(ref s, block, output, i);
        }
    }

    /// <summary>Sums the first <paramref name="count"/> frames port by port; returns the frames done (0 when every input was skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Sum(ref MixTick.State s, in NodeBlock block, Span<float> output, int count)
    {
        var (written, skipped) = (false, false);
        for (var port = 0; port < Inputs; port++)
        {
            var input = block.In(port);
            if (block.IsConstant(port) && input[0] == 0f)
            {
                skipped = true;
                continue;
            }

            if (written)
            {
                for (var i = 0; i < count; i += FrameVectors.Width)
                {
                    FrameVectors.Store(output, i, FrameVectors.LoadSingle(output, i) + FrameVectors.LoadSingle(input, i));
                }
            }
            else
            {
                input[..count].CopyTo(output);
            }

            written = true;
        }

        if (!written)
        {
            return 0;
        }

        if (skipped)
        {
            for (var i = 0; i < count; i += FrameVectors.Width)
            {
                var sum = FrameVectors.LoadSingle(output, i);
                if ((Vector512.Equals(sum, Vector512<float>.Zero) | ~Vector512.Equals(sum, sum)) != Vector512<float>.Zero)
                {
                    for (var j = i; j < i + FrameVectors.Width; j++)
                    {
                        Tick(ref s, block, output, j);
                    }
                }
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tick(ref MixTick.State s, in NodeBlock block, Span<float> output, int i) =>
        MixTick.Tick(
            ref s, block.In(0)[i], block.In(1)[i], block.In(2)[i], block.In(3)[i], block.In(4)[i], block.In(5)[i], block.In(6)[i], block.In(7)[i], out output[i]);
}
