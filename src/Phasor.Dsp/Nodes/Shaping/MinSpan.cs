using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="MinNode"/>: the smaller operand (IEEE minimum, like Math.Min) of the frames widened to double, as the tick form computes it (<see cref="BinaryOperation.Span{TOp}"/>).</summary>
public static class MinSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref MinTick.State s, in NodeBlock block) => BinaryOperation.Span<MinNode.Operation>(block);
}
