using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Limits a signal to a range given by two (modulatable) bounds.</summary>
public sealed class ClampNode : NodeKernel
{
    private const int In = 0, Min = 1, Max = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "clamp",
        "Shaping and mixing",
        "Limits a signal to [min, max].",
        [
            PortSpec.Signal("in", "Signal to limit.", required: true),
            new("min", PortRate.Audio, -1, double.NegativeInfinity, double.PositiveInfinity, "", "Lower bound."),
            new("max", PortRate.Audio, 1, double.NegativeInfinity, double.PositiveInfinity, "", "Upper bound; wins when it is below min."),
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ClampTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(ClampSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(ClampLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var min = block.In(Min);
        var max = block.In(Max);
        var output = block.Out(0);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = Clamp(input[i], min[i], max[i]);
        }
    }

    /// <summary><paramref name="x"/> limited to [<paramref name="min"/>, <paramref name="max"/>]; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Clamp(float x, float min, float max)
    {
        // Min of max rather than Math.Clamp: crossed bounds are a legal modulation state, not an error.
        return MathF.Min(MathF.Max(x, min), max);
    }
}
