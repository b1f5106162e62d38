using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Maps a signal linearly from one range onto another (no clamping), e.g. an LFO's -1..1 onto 200..2000 Hz.</summary>
public sealed class ScaleNode : NodeKernel
{
    private const int In = 0, InMin = 1, InMax = 2, OutMin = 3, OutMax = 4;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "scale",
        "Shaping and mixing",
        "Linear map from [inMin, inMax] to [outMin, outMax].",
        [
            PortSpec.Signal("in", "Signal to map.", required: true),
            new("inMin", PortRate.Audio, -1, double.NegativeInfinity, double.PositiveInfinity, "", "Input value that maps to outMin."),
            new("inMax", PortRate.Audio, 1, double.NegativeInfinity, double.PositiveInfinity, "", "Input value that maps to outMax; equal to inMin gives outMin."),
            new("outMin", PortRate.Audio, 0, double.NegativeInfinity, double.PositiveInfinity, "", "Output for inMin."),
            new("outMax", PortRate.Audio, 1, double.NegativeInfinity, double.PositiveInfinity, "", "Output for inMax."),
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ScaleTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(ScaleSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(ScaleLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var inMin = block.In(InMin);
        var inMax = block.In(InMax);
        var outMin = block.In(OutMin);
        var outMax = block.In(OutMax);
        var output = block.Out(0);
        if (block.IsConstant(InMin) && block.IsConstant(InMax) && block.IsConstant(OutMin) && block.IsConstant(OutMax))
        {
            var slope = Slope(inMin[0], inMax[0], outMin[0], outMax[0]);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = Map(input[i], inMin[0], outMin[0], slope);
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            var slope = Slope(inMin[i], inMax[i], outMin[i], outMax[i]);
            output[i] = Map(input[i], inMin[i], outMin[i], slope);
        }
    }

    /// <summary><paramref name="x"/> mapped by the line through (inMin, outMin) with <paramref name="slope"/>; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Map(float x, float inMin, float outMin, double slope) => (float)(outMin + ((x - (double)inMin) * slope));

    /// <summary>Output units per input unit; 0 for an empty input range. Shared with the tick form.</summary>
    internal static double Slope(double inMin, double inMax, double outMin, double outMax) =>
        inMax == inMin ? 0.0 : (outMax - outMin) / (inMax - inMin);
}
