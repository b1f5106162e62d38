using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Pulse clock. <c>gate</c> matches Faust's <c>os.lf_pulsetrainpos(freq, width)</c>: it is 1 while the phase (which starts at 0)
/// is at most <c>width</c>, so it is high at t = 0; <c>trig</c> is 1 for the first sample of each cycle only.
/// The phase is kept in samples against a period of <c>sampleRate / freq</c> samples rather than summed in cycles,
/// so whole-sample periods (2 Hz or 120 bpm at 48 kHz: 24000 samples) stay exact forever, with no drift.
/// A period change keeps the fraction of the cycle already run. A frequency of 0 freezes the clock.
/// </summary>
public sealed class ClockNode : NodeKernel
{
    private const int Freq = 0, Bpm = 1, Width = 2;
    private const int GateOut = 0, TrigOut = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "clock",
        "Envelopes and control",
        "Pulse clock with a gate and a one-sample trigger per cycle.",
        [
            new("freq", PortRate.Control, 2, 0, 1e5, "Hz", "Cycles per second, used when bpm is 0."),
            new("bpm", PortRate.Control, 0, 0, 6e6, "bpm", "Cycles per minute; when above 0 it overrides freq."),
            new("width", PortRate.Audio, 0.5, 0, 1, "", "Fraction of each cycle the gate is high (duty cycle)."),
        ],
        [
            new("gate", PortRate.Audio, "1 while the pulse is high, else 0; high at least on the first sample of each cycle."),
            new("trig", PortRate.Audio, "1 on the first sample of each cycle (the gate's rising edge), else 0."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ClockTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(ClockSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(ClockLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 3;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.CycleStart] = 1;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var state = block.State;
        var width = block.In(Width);
        var gate = block.Out(GateOut);
        var trig = block.Out(TrigOut);
        var bpm = (double)block.First(Bpm);
        var freq = bpm > 0 ? bpm / 60.0 : (double)block.First(Freq);
        var position = state[Slots.Position];
        var period = state[Slots.Period];
        var running = freq > 0;
        if (running)
        {
            var next = block.SampleRate / freq;
            if (period > 0 && next != period)
            {
                position *= next / period;
            }

            period = next;
        }

        var start = state[Slots.CycleStart] != 0;
        for (var i = 0; i < gate.Length; i++)
        {
            gate[i] = start || position <= width[i] * period ? 1f : 0f;
            trig[i] = start ? 1f : 0f;
            start = false;
            if (running)
            {
                position += 1.0;
                if (position >= period)
                {
                    // Periods shorter than a sample skip whole cycles rather than loop.
                    position -= period * Math.Floor(position / period);
                    start = true;
                }
            }
        }

        state[Slots.Position] = position;
        state[Slots.Period] = period;
        state[Slots.CycleStart] = start ? 1 : 0;
    }

    private static class Slots
    {
        /// <summary>Samples run in the current cycle.</summary>
        public const int Position = 0;

        /// <summary>Cycle length in samples; 0 until the clock first runs.</summary>
        public const int Period = 1;

        /// <summary>1 when the next sample begins a cycle.</summary>
        public const int CycleStart = 2;
    }
}
