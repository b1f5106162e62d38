using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MaxNode"/>: the larger operand (IEEE maximum, like Math.Max) of the frames widened to double, as the tick form computes it (<see cref="BinaryOperation.Span{TOp}"/>).</summary>
public static class MaxSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MaxTick.State s, in NodeBlock block) => BinaryOperation.Span<MaxNode.Operation>(block);
}
