using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Multiplies a by b.</summary>
public sealed class MulNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("mul", "Product of two signals (ring modulation, VCA).", defaultB: 1);

    /// <inheritdoc/>
    public override Type TickForm => typeof(MulTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(MulSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(MulLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => a * b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Apply(Vector512<double> a, Vector512<double> b) => a * b;
    }
}
