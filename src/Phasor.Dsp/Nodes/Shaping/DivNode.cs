using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Divides a by b; results a float wire cannot carry, such as anything divided by zero, become 0.</summary>
public sealed class DivNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("div", "Quotient of two signals; division by zero gives 0.", defaultB: 1);

    /// <inheritdoc/>
    public override Type TickForm => typeof(DivTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(DivSpan);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => BinaryOperation.Representable(a / b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<double> Apply(Vector512<double> a, Vector512<double> b) => BinaryOperation.Representable(a / b);
    }
}
