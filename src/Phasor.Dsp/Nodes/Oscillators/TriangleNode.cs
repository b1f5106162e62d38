using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>Band-limited triangle wave (corners smoothed by BLAMP): rises from 0 to 1 at a quarter cycle, falls to −1 at three quarters (sine-aligned).</summary>
public sealed class TriangleNode : NodeKernel
{
    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "triangle",
        "Oscillators",
        "Band-limited triangle wave.",
        [OscillatorPorts.Freq, OscillatorPorts.Pm, OscillatorPorts.Sync],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(TriangleTick);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(TriangleLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => BlepOscillator.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BlepOscillator.Process<Shape>(block);

    /// <summary>The waveform, shared by the block and tick forms.</summary>
    internal readonly struct Shape : ILaneWaveShape
    {
        public static bool UsesWidth => false;

        public static double Value(double phase, double width) => phase < 0.25 ? 4.0 * phase : phase < 0.75 ? 2.0 - (4.0 * phase) : (4.0 * phase) - 4.0;

        public static double Slope(double phase, double width) => phase < 0.25 || phase >= 0.75 ? 4.0 : -4.0;

        public static void Bandlimit(ref BlepTaps taps, double from, double to, double widthFrom, double widthTo, double t0, double t1, double speed)
        {
            // Each corner turns the slope by 8 per cycle, whichever way the phase runs through it.
            var turn = 8.0 * Math.Abs(speed);
            taps.Corner(from - 0.25, to - 0.25, t0, t1, -turn);
            taps.Corner(from - 0.75, to - 0.75, t0, t1, turn);
        }

        public static Vector512<double> Value(Vector512<double> phase, Vector512<double> width)
        {
            var four = Vector512.Create(4.0) * phase;
            var falling = Vector512.ConditionalSelect(Vector512.LessThan(phase, Vector512.Create(0.75)), Vector512.Create(2.0) - four, four - Vector512.Create(4.0));
            return Vector512.ConditionalSelect(Vector512.LessThan(phase, Vector512.Create(0.25)), four, falling);
        }

        public static Vector512<double> MayBandlimit(Vector512<double> from, Vector512<double> to, Vector512<double> widthFrom, Vector512<double> widthTo) =>
            ~Vector512.Equals(Vector512.Floor(from - Vector512.Create(0.25)), Vector512.Floor(to - Vector512.Create(0.25)))
            | ~Vector512.Equals(Vector512.Floor(from - Vector512.Create(0.75)), Vector512.Floor(to - Vector512.Create(0.75)));
    }
}
