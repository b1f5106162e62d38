using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// Soft saturation tanh(drive·in): linear for quiet signals, approaching ±1 as the drive rises. With
/// <c>compensate</c> on the output is divided by tanh(drive) so a full-scale input stays at full scale.
/// </summary>
public sealed class SaturateNode : NodeKernel
{
    private const int In = 0, Drive = 1;

    // Compensation divides by tanh(drive); below this drive the ratio is the identity to float precision.
    internal const double SmallestCompensatedDrive = 1e-3;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "saturate",
        "Shaping and mixing",
        "Tanh soft saturation with drive.",
        [
            PortSpec.Signal("in", "Signal to saturate.", required: true),
            new("drive", PortRate.Audio, 1, 0, 1000, "", "Linear gain before the curve; higher is harder."),
        ],
        [OutputSpec.Out()],
        [ParamSpec.Choice("compensate", "Whether to divide by tanh(drive) so full scale in gives full scale out.", ["off", "on"])])
    {
        SuggestsOversampling = true,
    };

    /// <inheritdoc/>
    public override Type TickForm => typeof(SaturateTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(SaturateSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(SaturateLanes);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 1;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.Compensate] = setup.Params.Choice("compensate");

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var drive = block.In(Drive);
        var output = block.Out(0);
        var compensate = block.State[Slots.Compensate] != 0;
        if (block.IsConstant(Drive))
        {
            var d = Effective(drive[0], compensate);
            var makeup = Makeup(d, compensate);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (float)(FastMath.Tanh(d * input[i]) * makeup);
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            var d = Effective(drive[i], compensate);
            output[i] = (float)(FastMath.Tanh(d * input[i]) * Makeup(d, compensate));
        }
    }

    /// <summary>The drive the curve uses: its magnitude, kept off zero when compensating; shared with the tick form.</summary>
    internal static double Effective(double drive, bool compensate) =>
        compensate ? Math.Max(Math.Abs(drive), SmallestCompensatedDrive) : Math.Abs(drive);

    /// <summary>The factor after the curve: 1/tanh(drive) when compensating, else 1; shared with the tick form.</summary>
    internal static double Makeup(double drive, bool compensate) => compensate ? 1.0 / FastMath.Tanh(drive) : 1.0;

    private static class Slots
    {
        public const int Compensate = 0;
    }
}
