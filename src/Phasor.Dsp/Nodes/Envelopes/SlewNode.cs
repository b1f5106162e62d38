using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// Linear slew limiter: the output moves towards the input at no more than a fixed rate, one for rising and one for falling.
/// Rates are given as the time a full-scale change of 1 takes, so a step of 0.5 with <c>rise</c> 0.1 s takes 0.05 s.
/// A time of 0 lets the output jump. The output starts at the first input sample rather than at 0.
/// </summary>
public sealed class SlewNode : NodeKernel
{
    private const int In = 0, Rise = 1, Fall = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "slew",
        "Envelopes and control",
        "Linear slew limiter with separate rise and fall times.",
        [
            PortSpec.Signal("in", "Signal to follow.", required: true),
            new("rise", PortRate.Audio, 0.1, 0, 3600, "s", "Time an upward change of 1 takes; 0 follows at once."),
            new("fall", PortRate.Audio, 0.1, 0, 3600, "s", "Time a downward change of 1 takes; 0 follows at once."),
        ],
        [OutputSpec.Out("The rate-limited signal.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SlewTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(SlewLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 6;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        // NaN never equals an input, so the first sample computes both steps.
        state[Slots.LastRise] = double.NaN;
        state[Slots.LastFall] = double.NaN;
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var rise = block.In(Rise);
        var fall = block.In(Fall);
        var output = block.Out(0);
        if (output.IsEmpty)
        {
            return;
        }

        var state = block.State;
        var rate = block.SampleRate;
        var value = state[Slots.Value];
        var lastRise = state[Slots.LastRise];
        var lastFall = state[Slots.LastFall];
        var up = state[Slots.Up];
        var down = state[Slots.Down];
        if (state[Slots.Started] == 0)
        {
            value = input[0];
            state[Slots.Started] = 1;
        }

        for (var i = 0; i < output.Length; i++)
        {
            // Steps are recomputed only when the time inputs move, so constant times cost no division.
            if (rise[i] != lastRise)
            {
                lastRise = rise[i];
                up = Step(lastRise, rate);
            }

            if (fall[i] != lastFall)
            {
                lastFall = fall[i];
                down = Step(lastFall, rate);
            }

            value = Math.Max(value - down, Math.Min(value + up, input[i]));
            output[i] = (float)value;
        }

        state[Slots.Value] = value;
        state[Slots.LastRise] = lastRise;
        state[Slots.LastFall] = lastFall;
        state[Slots.Up] = up;
        state[Slots.Down] = down;
    }

    /// <summary>Largest change per sample for a full-scale time in seconds; infinite for 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Step(double seconds, double rate) => seconds > 0 ? 1.0 / (seconds * rate) : double.PositiveInfinity;

    private static class Slots
    {
        public const int Value = 0, LastRise = 1, LastFall = 2, Up = 3, Down = 4, Started = 5;
    }
}
