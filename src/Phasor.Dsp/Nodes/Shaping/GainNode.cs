using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Multiplies a signal by a gain given in decibels and a linear level.</summary>
public sealed class GainNode : NodeKernel
{
    private const int In = 0, Level = 1, Db = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "gain",
        "Shaping and mixing",
        "Scales a signal by a linear level and a gain in dB.",
        [
            PortSpec.Signal("in", "Signal to scale.", required: true),
            new("level", PortRate.Audio, 1, -1e6, 1e6, "", "Linear factor; a changing constant is ramped over the block."),
            new("db", PortRate.Audio, 0, -200, 60, "dB", "Gain in decibels, applied on top of level."),
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(GainTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(GainSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(GainLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var level = block.In(Level);
        var db = block.In(Db);
        var output = block.Out(0);
        if (block.IsConstant(Db))
        {
            var g = (float)Decibels.ToAmplitude(db[0]);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = input[i] * level[i] * g;
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = input[i] * level[i] * (float)Decibels.ToAmplitude(db[i]);
        }
    }
}
