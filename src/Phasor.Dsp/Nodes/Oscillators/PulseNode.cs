using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Band-limited pulse wave: +1 for the first <c>width</c> of the cycle, −1 for the rest; width modulation is band-limited too.</summary>
public sealed class PulseNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "pulse",
        "Oscillators",
        "Band-limited pulse wave with modulatable width.",
        [
            OscillatorPorts.Freq,
            OscillatorPorts.Pm,
            OscillatorPorts.Sync,
            new("width", PortRate.Audio, 0.5, 0.01, 0.99, "", "Fraction of the cycle spent high; modulatable, clamped to 0.01..0.99."),
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(PulseTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(PulseLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => BlepOscillator.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BlepOscillator.Process<Shape>(block);

    /// <summary>The waveform, shared by the block and tick forms.</summary>
    internal readonly struct Shape : ILaneWaveShape
    {
        public static bool UsesWidth => true;

        public static double Value(double phase, double width) => phase < width ? 1.0 : -1.0;

        public static double Slope(double phase, double width) => 0.0;

        public static void Bandlimit(ref BlepTaps taps, double from, double to, double widthFrom, double widthTo, double t0, double t1, double speed)
        {
            taps.Edge(from, to, t0, t1, 2.0);

            // The falling edge sits at the width, which may itself move: track the phase relative to it.
            taps.Edge(from - widthFrom, to - widthTo, t0, t1, -2.0);
        }

        public static Vector512<double> Value(Vector512<double> phase, Vector512<double> width) =>
            Vector512.ConditionalSelect(Vector512.LessThan(phase, width), Vector512.Create(1.0), Vector512.Create(-1.0));

        public static Vector512<double> MayBandlimit(Vector512<double> from, Vector512<double> to, Vector512<double> widthFrom, Vector512<double> widthTo) =>
            ~Vector512.Equals(Vector512.Floor(from), Vector512.Floor(to))
            | ~Vector512.Equals(Vector512.Floor(from - widthFrom), Vector512.Floor(to - widthTo));
    }
}
