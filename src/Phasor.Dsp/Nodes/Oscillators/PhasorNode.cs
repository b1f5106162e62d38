using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// Naive ramp from 0 to 1 per cycle: a control and modulation source (sequencer clock, wavetable index, LFO),
/// deliberately not band-limited, so its value is the oscillator phase itself.
/// </summary>
public sealed class PhasorNode : NodeKernel
{
    private const int Freq = 0, Pm = 1, Sync = 2;
    private const int PhaseSlot = 0, LastSyncSlot = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "phasor",
        "Oscillators",
        "Ramp from 0 to 1 once per cycle (not band-limited): a control and modulation source.",
        [OscillatorPorts.Freq, OscillatorPorts.Pm, OscillatorPorts.Sync],
        [OutputSpec.Out("Phase in [0, 1).")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(PhasorTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(PhasorSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(PhasorLanes);

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
            var p = phase + pm[i];
            var value = (float)(p - Math.Floor(p));

            // A phase a hair below 1 rounds up to 1f; keep the documented half-open range.
            output[i] = value < 1f ? value : 0f;
            phase = Phase.Advance(phase, freq[i] * invRate);
        }

        state[PhaseSlot] = phase;
        state[LastSyncSlot] = lastSync;
    }
}
