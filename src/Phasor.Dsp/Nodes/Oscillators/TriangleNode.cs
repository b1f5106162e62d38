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
    public override int StateSize(in NodeSetup setup) => BlepOscillator.StateSize;

    /// <inheritdoc/>
    public override void Process(in NodeBlock block) => BlepOscillator.Process<Shape>(block);

    /// <summary>The waveform, shared by the block and tick forms.</summary>
    internal readonly struct Shape : IWaveShape
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
    }
}
