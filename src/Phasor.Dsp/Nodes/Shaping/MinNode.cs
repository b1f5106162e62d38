using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The smaller of a and b.</summary>
public sealed class MinNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("min", "Smaller of two signals.");

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BinaryOperation.Process<Operation>(block);

    private readonly struct Operation : IBinaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double a, double b) => Math.Min(a, b);
    }
}
