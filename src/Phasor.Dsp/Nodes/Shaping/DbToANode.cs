using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Converts a level in decibels to a linear amplitude.</summary>
public sealed class DbToANode : NodeKernel
{
    internal const double Log2TenOverTwenty = 0.1660964047443681;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "dbtoa",
        "Shaping and mixing",
        "Decibels to linear amplitude (0 dB = 1, -6 dB ≈ 0.5).",
        [new("in", PortRate.Audio, 0, -1000, 700, "dB", "Level in decibels.")],
        [OutputSpec.Out("Linear amplitude.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(DbToATick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(DbToASpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(DbToALanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => UnaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IUnaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double x) => FastMath.Exp2(x * Log2TenOverTwenty);
    }
}
