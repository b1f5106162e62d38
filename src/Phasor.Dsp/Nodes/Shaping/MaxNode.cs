using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The larger of a and b.</summary>
public sealed class MaxNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("max", "Larger of two signals.");

    /// <inheritdoc/>
    public override Type TickForm => typeof(MaxTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(MaxSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(MaxLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => Math.Max(a, b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Apply(Vector512<double> a, Vector512<double> b) => Vector512.Max(a, b);
    }
}
