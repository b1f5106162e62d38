using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>
/// Peak envelope follower: the magnitude of the input through a one-pole lag whose time constant is <c>attack</c> while
/// the magnitude is above the output and <c>release</c> while below. A steady sine of amplitude A reads a little under A
/// (about 7% under at 1 kHz with a 2 ms attack and 50 ms release), nearer with a shorter attack or a longer release.
/// </summary>
public sealed class FollowerNode : NodeKernel
{
    private const int In = 0, Attack = 1, Release = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "follower",
        "Monitors",
        "Envelope follower: tracks the level of its input with attack and release times.",
        [
            PortSpec.Signal("in", "Signal to follow.", required: true),
            new("attack", PortRate.Audio, 0.005, 0, 60, "s", "Time constant while the level rises."),
            new("release", PortRate.Audio, 0.1, 0, 60, "s", "Time constant while the level falls."),
        ],
        [OutputSpec.Out("The level, linear and non-negative.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(FollowerTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 5;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        // NaN never equals an input, so the first sample computes both coefficients.
        state[Slots.LastAttack] = double.NaN;
        state[Slots.LastRelease] = double.NaN;
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var attack = block.In(Attack);
        var release = block.In(Release);
        var output = block.Out(0);
        var state = block.State;
        var rate = block.SampleRate;
        var level = state[Slots.Level];
        var lastAttack = state[Slots.LastAttack];
        var lastRelease = state[Slots.LastRelease];
        var up = state[Slots.Up];
        var down = state[Slots.Down];
        for (var i = 0; i < output.Length; i++)
        {
            // Exponentials are recomputed only when the times move.
            if (attack[i] != lastAttack)
            {
                lastAttack = attack[i];
                up = Coefficient(lastAttack, rate);
            }

            if (release[i] != lastRelease)
            {
                lastRelease = release[i];
                down = Coefficient(lastRelease, rate);
            }

            var x = Math.Abs((double)input[i]);
            level += (x - level) * (x > level ? up : down);
            level = Denormals.Flush(level);
            output[i] = (float)level;
        }

        state[Slots.Level] = level;
        state[Slots.LastAttack] = lastAttack;
        state[Slots.LastRelease] = lastRelease;
        state[Slots.Up] = up;
        state[Slots.Down] = down;
    }

    /// <summary>Fraction of the remaining distance covered per sample for a time constant in seconds; 1 for 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Coefficient(double seconds, double rate) => seconds > 0 ? 1.0 - Math.Exp(-1.0 / (seconds * rate)) : 1.0;

    private static class Slots
    {
        public const int Level = 0, LastAttack = 1, LastRelease = 2, Up = 3, Down = 4;
    }
}
