using System.Runtime.Intrinsics;
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
    public override Type LaneForm => typeof(SquareLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => BlepOscillator.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BlepOscillator.Process<Shape>(block);

    /// <summary>The waveform, shared by the block and tick forms.</summary>
    internal readonly struct Shape : ILaneWaveShape
    {
        public static bool UsesWidth => false;

        public static double Value(double phase, double width) => phase < 0.5 ? 1.0 : -1.0;

        public static double Slope(double phase, double width) => 0.0;

        public static void Bandlimit(ref BlepTaps taps, double from, double to, double widthFrom, double widthTo, double t0, double t1, double speed)
        {
            taps.Edge(from, to, t0, t1, 2.0);
            taps.Edge(from - 0.5, to - 0.5, t0, t1, -2.0);
        }

        public static Vector512<double> Value(Vector512<double> phase, Vector512<double> width) =>
            Vector512.ConditionalSelect(Vector512.LessThan(phase, Vector512.Create(0.5)), Vector512.Create(1.0), Vector512.Create(-1.0));

        // A jump is passed exactly when the motion's ends lie in different cycles, plain or half-shifted.
        public static Vector512<double> MayBandlimit(Vector512<double> from, Vector512<double> to, Vector512<double> widthFrom, Vector512<double> widthTo) =>
            ~Vector512.Equals(Vector512.Floor(from), Vector512.Floor(to))
            | ~Vector512.Equals(Vector512.Floor(from - Vector512.Create(0.5)), Vector512.Floor(to - Vector512.Create(0.5)));
    }
}
