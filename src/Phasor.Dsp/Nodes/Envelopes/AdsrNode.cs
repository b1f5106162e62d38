using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Linear attack/decay/sustain/release envelope driven by a gate, matching Faust's <c>en.adsr</c>:
/// attack to 1 over <c>attack</c>, decay to <c>sustain</c> over <c>decay</c>, and after the gate falls a linear
/// release from the current level to 0 over <c>release</c>. A retrigger restarts the attack from the current level.
/// See <see cref="LinearEnvelope"/> for the exact curve.
/// </summary>
public sealed class AdsrNode : NodeKernel
{
    private const int Gate = 0, Attack = 1, Decay = 2, Sustain = 3, Release = 4;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "adsr",
        "Envelopes and control",
        "Linear ADSR envelope from 0 to 1, driven by a gate.",
        [
            PortSpec.Signal("gate", "Gate: the envelope attacks while it is above 0 and releases when it falls to 0 or below.", required: true),
            new("attack", PortRate.Control, 0.01, 0, 3600, "s", "Time to rise from 0 to 1."),
            new("decay", PortRate.Control, 0.1, 0, 3600, "s", "Time to fall from 1 to the sustain level."),
            new("sustain", PortRate.Control, 0.5, 0, 1, "", "Level held while the gate stays high."),
            new("release", PortRate.Control, 0.2, 0, 3600, "s", "Time to fall from the current level to 0 once the gate is low."),
        ],
        [OutputSpec.Out("Envelope between 0 and 1.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(AdsrTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(AdsrSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(AdsrLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => LinearEnvelope.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var rate = block.SampleRate;
        LinearEnvelope.Render(
            block.State,
            block.In(Gate),
            block.IsConstant(Gate),
            block.Out(0),
            block.First(Attack) * rate,
            block.First(Decay) * rate,
            block.First(Sustain),
            block.First(Release) * rate);
    }
}
