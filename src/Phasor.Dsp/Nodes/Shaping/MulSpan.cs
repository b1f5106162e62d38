using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MulNode"/>: a product of the frames widened to double, as the tick form computes it (<see cref="BinaryOperation.Span{TOp}"/>).</summary>
public static class MulSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MulTick.State s, in NodeBlock block) => BinaryOperation.Span<MulNode.Operation>(block);
}
