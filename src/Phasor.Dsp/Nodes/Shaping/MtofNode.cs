using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Converts a MIDI note number to a frequency in Hz, fractional notes included.</summary>
public sealed class MtofNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "mtof",
        "Shaping and mixing",
        "MIDI note number to frequency in Hz (A4 = 69 = 440 Hz, 12 notes per octave).",
        [new("in", PortRate.Audio, 69, -1000, 1000, "note", "MIDI note number; fractions are cents/100.")],
        [OutputSpec.Out("Frequency in Hz.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(MtofTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(MtofSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(MtofLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => UnaryOperation.Process<Operation>(block);

    /// <summary>The formula, shared with the tick form.</summary>
    internal readonly struct Operation : IUnaryOperation
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Apply(double x) => FastMath.Mtof(x);
    }
}
