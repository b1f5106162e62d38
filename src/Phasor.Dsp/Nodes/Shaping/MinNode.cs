using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The smaller of a and b.</summary>
public sealed class MinNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("min", "Smaller of two signals.");

    /// <inheritdoc/>
    public override Type TickForm => typeof(MinTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(MinSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(MinLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => Math.Min(a, b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Apply(Vector512<double> a, Vector512<double> b) => Vector512.Min(a, b);
    }
}
