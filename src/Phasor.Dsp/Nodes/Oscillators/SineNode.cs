using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Sine oscillator with a double-precision phase accumulator, phase modulation and hard sync.</summary>
public sealed class SineNode : NodeKernel
{
    private const int Freq = 0, Pm = 1, Sync = 2;
    private const int PhaseSlot = 0, LastSyncSlot = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "sine",
        "Oscillators",
        "Sine wave.",
        [
            new("freq", PortRate.Audio, 440, 0, 1e6, "Hz", "Frequency; connect a signal for linear FM."),
            new("pm", PortRate.Audio, 0, -1e6, 1e6, "cycles", "Phase modulation, added to the phase."),
            OscillatorPorts.Sync,
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SineTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(SineSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(SineLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 2;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var state = block.State;
        var freq = block.In(Freq);
        var pm = block.In(Pm);
        var sync = block.In(Sync);
        var output = block.Out(0);
        var phase = state[PhaseSlot];
        var lastSync = (float)state[LastSyncSlot];
        var invRate = 1.0 / block.SampleRate;
        for (var i = 0; i < output.Length; i++)
        {
            phase = OscillatorPorts.SyncPhase(phase, sync[i], ref lastSync);
            output[i] = (float)FastMath.SinCycles(phase + pm[i]);
            phase = Phase.Advance(phase, freq[i] * invRate);
        }

        state[PhaseSlot] = phase;
        state[LastSyncSlot] = lastSync;
    }
}
