using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The span form of <see cref="AddNode"/>: a sum of the frames widened to double, as the tick form computes it (<see cref="BinaryOperation.Span{TOp}"/>).</summary>
public static class AddSpan
{
    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref AddTick.State s, in NodeBlock block) => BinaryOperation.Span<AddNode.Operation>(block);
}
