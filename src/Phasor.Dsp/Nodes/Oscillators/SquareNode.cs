using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Band-limited square wave: +1 for the first half of the cycle, −1 for the second.</summary>
public sealed class SquareNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "square",
        "Oscillators",
        "Band-limited square wave.",
        [OscillatorPorts.Freq, OscillatorPorts.Pm, OscillatorPorts.Sync],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(SquareTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => BlepOscillator.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BlepOscillator.Process<Shape>(block);

    /// <summary>The waveform, shared by the block and tick forms.</summary>
    internal readonly struct Shape : IWaveShape
    {
        public static bool UsesWidth => false;

        public static double Value(double phase, double width) => phase < 0.5 ? 1.0 : -1.0;

        public static double Slope(double phase, double width) => 0.0;

        public static void Bandlimit(ref BlepTaps taps, double from, double to, double widthFrom, double widthTo, double t0, double t1, double speed)
        {
            taps.Edge(from, to, t0, t1, 2.0);
            taps.Edge(from - 0.5, to - 0.5, t0, t1, -2.0);
        }
    }
}
