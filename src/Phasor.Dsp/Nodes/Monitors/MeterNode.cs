using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>
/// Level meter: a decaying peak and a sliding-window RMS of its input, both linear, as control-rate outputs holding the
/// value at the end of each block. The peak jumps up to each new |sample| and falls by <c>decay</c> dB per second.
/// The RMS is exact over the last <c>window</c> seconds (a rectangular window kept as a ring of squares).
/// A host may also read the values from the state slice: see <see cref="Layout"/>.
/// </summary>
public sealed class MeterNode : NodeKernel
{
    private const int In = 0;
    private const int PeakOut = 0, RmsOut = 1;

    /// <inheritdoc/>
    public override Type TickForm => typeof(MeterTick);

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "meter",
        "Monitors",
        "Level meter: decaying peak and windowed RMS, linear.",
        [PortSpec.Signal("in", "Signal to measure.", required: true)],
        [
            new("peak", PortRate.Control, "Peak magnitude, falling by decay dB/s after each maximum."),
            new("rms", PortRate.Control, "Root mean square over the last window seconds."),
        ],
        [
            new("decay", ParamKind.Number, 20, 0, 1e4, "dB/s", "How fast the peak falls."),
            new("window", ParamKind.Number, 0.3, 1e-4, 60, "s", "Length of the RMS window."),
        ]);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Layout.Squares + WindowSamples(setup);

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        state[Layout.WindowLength] = WindowSamples(setup);
        state[Layout.PeakFactor] = Decibels.ToAmplitude(-setup.Params.Number("decay") / setup.SampleRate);
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var state = block.State;
        var length = (int)state[Layout.WindowLength];
        var squares = state.Slice(Layout.Squares, length);
        var factor = state[Layout.PeakFactor];
        var peak = state[Layout.Peak];
        var sum = state[Layout.Sum];
        var write = (int)state[Layout.WriteIndex];
        for (var i = 0; i < input.Length; i++)
        {
            double x = input[i];
            peak = Math.Max(Math.Abs(x), Denormals.Flush(peak * factor));
            var square = x * x;
            sum += square - squares[write];
            squares[write] = square;
            if (++write == length)
            {
                write = 0;

                // Adding and removing leaves rounding behind; a fresh sum once per window keeps it from drifting.
                sum = Sum(squares);
            }
        }

        var rms = Math.Sqrt(Math.Max(0.0, sum) / length);
        state[Layout.Peak] = peak;
        state[Layout.Sum] = sum;
        state[Layout.WriteIndex] = write;
        state[Layout.Rms] = rms;
        block.Out(PeakOut).Fill((float)peak);
        block.Out(RmsOut).Fill((float)rms);
    }

    internal static double Sum(Span<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    internal static int WindowSamples(in NodeSetup setup) => Math.Max(1, (int)Math.Round(setup.Params.Number("window") * setup.SampleRate));

    /// <summary>The state slice of a meter node; every slot is a double. Hosts may read <see cref="Peak"/> and <see cref="Rms"/> (values as of the last block).</summary>
    public static class Layout
    {
        /// <summary>Current peak, linear.</summary>
        public const int Peak = 0;

        /// <summary>RMS at the end of the last block, linear.</summary>
        public const int Rms = 1;

        /// <summary>Running sum of the squares in the window.</summary>
        public const int Sum = 2;

        /// <summary>Next slot of the square ring to overwrite.</summary>
        public const int WriteIndex = 3;

        /// <summary>Window length in samples.</summary>
        public const int WindowLength = 4;

        /// <summary>Per-sample peak fall factor derived from <c>decay</c>.</summary>
        public const int PeakFactor = 5;

        /// <summary>Start of the ring of squared samples (<see cref="WindowLength"/> of them).</summary>
        public const int Squares = 6;
    }
}
