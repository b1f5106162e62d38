using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The absolute value of its input.</summary>
public sealed class AbsNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "abs",
        "Shaping and mixing",
        "Absolute value of a signal (full-wave rectifier).",
        [PortSpec.Signal("in", "Signal to rectify.", required: true)],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(AbsTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(AbsSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(AbsLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => UnaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IUnaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double x) => Math.Abs(x);
    }
}
