using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Equal-power panner: a mono signal placed between a left and a right output, -3 dB each at the centre.</summary>
public sealed class PanNode : NodeKernel
{
    private const int In = 0, Pos = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "pan",
        "Shaping and mixing",
        "Equal-power mono-to-stereo panner.",
        [
            PortSpec.Signal("in", "Mono signal to place.", required: true),
            new("pos", PortRate.Audio, 0, -1, 1, "", "Position: -1 hard left, 0 centre, 1 hard right; clamped."),
        ],
        [
            new("left", PortRate.Audio, "Left channel."),
            new("right", PortRate.Audio, "Right channel."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(PanTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(PanSpan);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var pos = block.In(Pos);
        var left = block.Out(0);
        var right = block.Out(1);
        if (block.IsConstant(Pos))
        {
            Gains(pos[0], out var l, out var r);
            for (var i = 0; i < left.Length; i++)
            {
                left[i] = (float)(input[i] * l);
                right[i] = (float)(input[i] * r);
            }

            return;
        }

        for (var i = 0; i < left.Length; i++)
        {
            Gains(pos[i], out var l, out var r);
            left[i] = (float)(input[i] * l);
            right[i] = (float)(input[i] * r);
        }
    }

    /// <summary>cos and sin of a quarter turn across the position range, so l² + r² = 1 everywhere; shared with the tick form.</summary>
    internal static void Gains(double pos, out double left, out double right) =>
        FastMath.SinCosCycles((Math.Clamp(pos, -1.0, 1.0) + 1.0) * 0.125, out right, out left);
}
