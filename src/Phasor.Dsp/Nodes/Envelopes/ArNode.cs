using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Linear attack/release envelope driven by a gate: rises to 1 over <c>attack</c> while the gate is high, holds 1,
/// and falls linearly from the current level to 0 over <c>release</c> after the gate falls.
/// It is <see cref="AdsrNode"/> with a sustain of 1, i.e. Faust's <c>en.adsr(at, 0, 1, rt, gate)</c>;
/// Faust's own <c>en.ar</c> differs: it is a one-shot that releases as soon as it reaches 1, whatever the gate.
/// </summary>
public sealed class ArNode : NodeKernel
{
    private const int Gate = 0, Attack = 1, Release = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "ar",
        "Envelopes and control",
        "Linear attack/release envelope from 0 to 1, driven by a gate.",
        [
            PortSpec.Signal("gate", "Gate: the envelope rises while it is above 0 and releases when it falls to 0 or below.", required: true),
            new("attack", PortRate.Control, 0.01, 0, 3600, "s", "Time to rise from 0 to 1."),
            new("release", PortRate.Control, 0.2, 0, 3600, "s", "Time to fall from the current level to 0 once the gate is low."),
        ],
        [OutputSpec.Out("Envelope between 0 and 1.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ArTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(ArLanes);

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
            1,
            1,
            block.First(Release) * rate);
    }
}
