using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// Pink noise (−3 dB per octave) from seeded white noise through Paul Kellet's "refined" pinking filter: six one-pole
/// sections plus a direct path whose sum follows 1/f within about ±0.05 dB from about 9 Hz up, at 44.1 kHz. The pole
/// coefficients are per sample, so at other rates that band scales with the rate (from 10 Hz at 48 kHz, 20 Hz at 96 kHz).
/// </summary>
public sealed class PinkNode : NodeKernel
{
    /// <summary>Brings the filter's RMS (about 1.74 for uniform white input) to about 0.17, so peaks stay inside ±1 in practice.</summary>
    internal const double OutputGain = 0.1;

    private static class Slots
    {
        public const int Rng = 0, Poles = 2, Direct = 8;
        public const int Count = 9;
    }

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "pink",
        "Oscillators",
        "Pink noise (−3 dB per octave, RMS about 0.17), repeatable per seed.",
        [],
        [OutputSpec.Out()],
        [NoiseNode.Seed]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(PinkTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) =>
        Pcg32.FromSeed(setup.Params.Integer(NoiseNode.Seed.Name)).Store(state, Slots.Rng);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var state = block.State;
        var rng = Pcg32.Load(state, Slots.Rng);
        var b0 = state[Slots.Poles];
        var b1 = state[Slots.Poles + 1];
        var b2 = state[Slots.Poles + 2];
        var b3 = state[Slots.Poles + 3];
        var b4 = state[Slots.Poles + 4];
        var b5 = state[Slots.Poles + 5];
        var b6 = state[Slots.Direct];
        var output = block.Out(0);
        for (var i = 0; i < output.Length; i++)
        {
            var white = rng.NextBipolar();
            b0 = (0.99886 * b0) + (white * 0.0555179);
            b1 = (0.99332 * b1) + (white * 0.0750759);
            b2 = (0.96900 * b2) + (white * 0.1538520);
            b3 = (0.86650 * b3) + (white * 0.3104856);
            b4 = (0.55000 * b4) + (white * 0.5329522);
            b5 = (-0.7616 * b5) - (white * 0.0168980);
            output[i] = (float)(OutputGain * (b0 + b1 + b2 + b3 + b4 + b5 + b6 + (white * 0.5362)));

            // The direct path is delayed by one sample, as in Kellet's filter.
            b6 = white * 0.115926;
        }

        rng.Store(state, Slots.Rng);
        state[Slots.Poles] = Denormals.Flush(b0);
        state[Slots.Poles + 1] = Denormals.Flush(b1);
        state[Slots.Poles + 2] = Denormals.Flush(b2);
        state[Slots.Poles + 3] = Denormals.Flush(b3);
        state[Slots.Poles + 4] = Denormals.Flush(b4);
        state[Slots.Poles + 5] = Denormals.Flush(b5);
        state[Slots.Direct] = b6;
    }
}
