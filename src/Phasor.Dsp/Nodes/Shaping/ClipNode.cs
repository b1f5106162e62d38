using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Hard clipper: cuts a signal off at ±limit.</summary>
public sealed class ClipNode : NodeKernel
{
    private const int In = 0, Limit = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "clip",
        "Shaping and mixing",
        "Hard clip to ±limit.",
        [
            PortSpec.Signal("in", "Signal to clip.", required: true),
            new("limit", PortRate.Audio, 1, 0, 1e6, "", "Largest magnitude let through; its sign is ignored."),
        ],
        [OutputSpec.Out()])
    {
        SuggestsOversampling = true,
    };

    /// <inheritdoc/>
    public override Type TickForm => typeof(ClipTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(ClipSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(ClipLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var limit = block.In(Limit);
        var output = block.Out(0);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = Clip(input[i], limit[i]);
        }
    }

    /// <summary><paramref name="x"/> limited to ±|<paramref name="limit"/>|; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Clip(float x, float limit)
    {
        var l = MathF.Abs(limit);
        return MathF.Min(MathF.Max(x, -l), l);
    }
}
