using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="DivNode"/>: a quotient (0 where it leaves the float range) of the frames widened to double, as the tick form computes it (<see cref="BinaryOperation.Span{TOp}"/>).</summary>
public static class DivSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref DivTick.State s, in NodeBlock block) => BinaryOperation.Span<DivNode.Operation>(block);
}
