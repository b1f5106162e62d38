using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// DC blocker: a zero at DC and a pole just inside it, y[n] = x[n] − x[n−1] + R·y[n−1],
/// with R = exp(−2π·10 Hz/fs) so the corner stays at 10 Hz at any sample rate.
/// </summary>
public sealed class DcBlockNode : NodeKernel
{
    /// <summary>Frequency where the blocker is 3 dB down, in Hz: below hearing, above slow drifts.</summary>
    public const double Corner = 10.0;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "dcblock",
        "Filters",
        "Removes DC offset (high-pass at 10 Hz).",
        [FilterPorts.In],
        [OutputSpec.Out("The signal without its DC offset.")]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(DcBlockTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) =>
        state[Slots.R] = Radius(setup.SampleRate);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(0);
        var output = block.Out(0);
        var state = block.State;
        var r = state[Slots.R];
        var x1 = state[Slots.X1];
        var y1 = state[Slots.Y1];
        for (var i = 0; i < output.Length; i++)
        {
            double x = input[i];
            y1 = Denormals.Flush(x - x1 + (r * y1));
            x1 = x;
            output[i] = (float)y1;
        }

        state[Slots.X1] = x1;
        state[Slots.Y1] = y1;
    }

    /// <summary>The pole radius R = exp(−2π·<see cref="Corner"/>/fs).</summary>
    internal static double Radius(double sampleRate) => Math.Exp(-2.0 * Math.PI * Corner / sampleRate);

    private static class Slots
    {
        public const int X1 = 0, Y1 = 1, R = 2, Count = 3;
    }
}
