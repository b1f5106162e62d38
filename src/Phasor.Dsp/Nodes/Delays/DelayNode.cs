using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Delays;

/// <summary>
/// Fractional delay line with linear or cubic interpolation and a modulatable time.
/// Its output depends only on past input, so feedback loops may close through it.
/// </summary>
public sealed class DelayNode : NodeKernel
{
    private const int In = 0, Time = 1;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "delay",
        "Delays and space",
        "Fractional delay line; closes feedback loops.",
        [
            PortSpec.Signal("in", "Signal to delay.", required: true),
            new("time", PortRate.Audio, 0.25, 0, 60, "s", "Delay time; clamped to [1 sample (2 when cubic), maxTime]."),
        ],
        [OutputSpec.Out("The delayed signal.")],
        [
            new("maxTime", ParamKind.Number, 1, 1e-4, 60, "s", "Longest delay the line can hold."),
            ParamSpec.Choice("interpolation", "How fractional delay times are read.", ["linear", "cubic"]),
        ])
    {
        FeedbackInput = "in",
    };

    /// <inheritdoc/>
    public override Type TickForm => typeof(DelayTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Slots.Line + DelayLine.StateSize(MaxSamples(setup));

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        state[Slots.MaxDelay] = MaxSamples(setup);
        state[Slots.Cubic] = setup.Params.Choice("interpolation");
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var output = block.Out(0);
        var time = block.In(Time);
        var state = block.State;
        var line = state[Slots.Line..];
        var rate = block.SampleRate;
        var cubic = state[Slots.Cubic] != 0;
        var max = state[Slots.MaxDelay];
        if (block.IsConstant(Time))
        {
            var delay = Delay(time[0], rate, cubic, max);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (float)Read(line, delay, cubic);
                DelayLine.Write(line, input[i]);
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)Read(line, Delay(time[i], rate, cubic, max), cubic);
            DelayLine.Write(line, input[i]);
        }
    }

    /// <inheritdoc/>
    public override void ProcessRead(in NodeBlock block)
    {
        var output = block.Out(0);
        var time = block.In(Time);
        var state = block.State;
        var line = state[Slots.Line..];
        var rate = block.SampleRate;
        var cubic = state[Slots.Cubic] != 0;
        var max = state[Slots.MaxDelay];

        // Reading frame i before frames 0..i-1 are written shifts the tap by i: take it off.
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)Read(line, Delay(time[i], rate, cubic, max) - i, cubic);
        }
    }

    /// <inheritdoc/>
    public override void ProcessWrite(in NodeBlock block)
    {
        var input = block.In(In);
        var line = block.State[Slots.Line..];
        for (var i = 0; i < input.Length; i++)
        {
            DelayLine.Write(line, input[i]);
        }
    }

    private static double Delay(double seconds, double rate, bool cubic, double max) =>
        DelayLine.Clamp(DelayLine.Samples(seconds, rate), cubic ? 2.0 : 1.0, max);

    private static double Read(Span<double> line, double delay, bool cubic) =>
        cubic ? DelayLine.ReadCubic(line, delay) : DelayLine.ReadLinear(line, delay);

    /// <summary>Length of the line in samples for <paramref name="setup"/>; the tick form sizes its memory with it too.</summary>
    internal static int MaxSamples(in NodeSetup setup) => (int)Math.Ceiling(setup.Params.Number("maxTime") * setup.SampleRate) + 2;

    private static class Slots
    {
        public const int MaxDelay = 0, Cubic = 1, Line = 2;
    }
}
