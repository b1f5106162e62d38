using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Sums a and b.</summary>
public sealed class AddNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("add", "Sum of two signals.");

    /// <inheritdoc/>
    public override Type TickForm => typeof(AddTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(AddSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(AddLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => a + b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Apply(Vector512<double> a, Vector512<double> b) => a + b;
    }
}
