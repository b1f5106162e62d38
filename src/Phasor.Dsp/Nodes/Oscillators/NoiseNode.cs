using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>White noise, uniform in (−1, 1), from a seeded generator so renders repeat exactly.</summary>
public sealed class NoiseNode : NodeKernel
{
    private static class Slots
    {
        public const int Rng = 0;
        public const int Count = 2;
    }

    /// <summary>The seed parameter shared by the noise sources.</summary>
    internal static readonly ParamSpec Seed = new("seed", ParamKind.Integer, 1, 0, int.MaxValue, "", "Seed of the random generator: the same seed gives the same noise.");

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "noise",
        "Oscillators",
        "White noise, uniform in −1..1 (RMS 1/√3), repeatable per seed.",
        [],
        [OutputSpec.Out()],
        [Seed]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(NoiseTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) =>
        Pcg32.FromSeed(setup.Params.Integer(Seed.Name)).Store(state, Slots.Rng);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var rng = Pcg32.Load(block.State, Slots.Rng);
        var output = block.Out(0);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)rng.NextBipolar();
        }

        rng.Store(block.State, Slots.Rng);
    }
}
