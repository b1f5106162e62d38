using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// Second-order filter with the responses of the RBJ Audio EQ Cookbook, run in transposed
/// direct form II in double precision (low noise, and its two memories are the whole state).
/// </summary>
public sealed class BiquadNode : NodeKernel
{
    private const int In = 0, Cutoff = 1, Q = 2, Db = 3;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "biquad",
        "Filters",
        "Second-order low-pass, high-pass, band-pass, notch, peak or shelf (RBJ cookbook).",
        [
            FilterPorts.In,
            FilterPorts.Cutoff("Cutoff, centre or shelf corner frequency."),
            FilterPorts.Q("Resonance, or the bandwidth of band-pass, notch and peak (higher is narrower); shelves use it as their slope."),
            new("db", PortRate.Audio, 0, -48, 48, "dB", "Gain of peak and shelves; ignored by the other modes."),
        ],
        [OutputSpec.Out("The filtered signal.")],
        [
            ParamSpec.Choice(
                "mode",
                "Response: bandpass peaks at 0 dB, peak and shelves boost or cut by db.",
                ["lowpass", "highpass", "bandpass", "notch", "peak", "lowshelf", "highshelf"]),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(BiquadTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Count;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        state[Slots.Mode] = setup.Params.Choice("mode");
        state[Slots.LastCutoff] = double.NaN;
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var cutoff = block.In(Cutoff);
        var q = block.In(Q);
        var db = block.In(Db);
        var output = block.Out(0);
        var state = block.State;
        var mode = (BiquadMode)(int)state[Slots.Mode];
        var rate = block.SampleRate;
        var c = Load(state);
        var z1 = state[Slots.Z1];
        var z2 = state[Slots.Z2];
        var moving = !(block.IsConstant(Cutoff) && block.IsConstant(Q) && block.IsConstant(Db));
        var (lastCutoff, lastQ, lastDb) = (state[Slots.LastCutoff], state[Slots.LastQ], state[Slots.LastDb]);
        for (var i = 0; i < output.Length; i++)
        {
            // Constant inputs match after the first frame, so the design runs at most once per call.
            if ((i == 0 || moving) && (cutoff[i] != lastCutoff || q[i] != lastQ || db[i] != lastDb))
            {
                (lastCutoff, lastQ, lastDb) = (cutoff[i], q[i], db[i]);
                c = BiquadCoefficients.Design(mode, lastCutoff, lastQ, lastDb, rate);
            }

            double x = input[i];
            var y = (c.B0 * x) + z1;
            z1 = Denormals.Flush((c.B1 * x) - (c.A1 * y) + z2);
            z2 = Denormals.Flush((c.B2 * x) - (c.A2 * y));
            output[i] = (float)y;
        }

        state[Slots.Z1] = z1;
        state[Slots.Z2] = z2;
        (state[Slots.LastCutoff], state[Slots.LastQ], state[Slots.LastDb]) = (lastCutoff, lastQ, lastDb);
        Store(state, c);
    }

    private static BiquadCoefficients Load(Span<double> state) =>
        new(state[Slots.B0], state[Slots.B1], state[Slots.B2], state[Slots.A1], state[Slots.A2]);

    private static void Store(Span<double> state, in BiquadCoefficients c)
    {
        state[Slots.B0] = c.B0;
        state[Slots.B1] = c.B1;
        state[Slots.B2] = c.B2;
        state[Slots.A1] = c.A1;
        state[Slots.A2] = c.A2;
    }

    private static class Slots
    {
        public const int Z1 = 0, Z2 = 1, B0 = 2, B1 = 3, B2 = 4, A1 = 5, A2 = 6;
        public const int LastCutoff = 7, LastQ = 8, LastDb = 9, Mode = 10, Count = 11;
    }
}
