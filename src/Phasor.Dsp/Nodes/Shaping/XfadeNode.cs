using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>Equal-power crossfade between two signals, -3 dB each halfway.</summary>
public sealed class XfadeNode : NodeKernel
{
    private const int A = 0, B = 1, Mix = 2;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "xfade",
        "Shaping and mixing",
        "Equal-power crossfade from a to b.",
        [
            PortSpec.Signal("a", "Signal heard at mix 0."),
            PortSpec.Signal("b", "Signal heard at mix 1."),
            new("mix", PortRate.Audio, 0.5, 0, 1, "", "Balance: 0 all a, 1 all b; clamped."),
        ],
        [OutputSpec.Out()]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(XfadeTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(XfadeSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(XfadeLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var a = block.In(A);
        var b = block.In(B);
        var mix = block.In(Mix);
        var output = block.Out(0);
        if (block.IsConstant(Mix))
        {
            Gains(mix[0], out var ga, out var gb);
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (float)((a[i] * ga) + (b[i] * gb));
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            Gains(mix[i], out var ga, out var gb);
            output[i] = (float)((a[i] * ga) + (b[i] * gb));
        }
    }

    /// <summary>cos and sin of a quarter turn across the mix range, so a² + b² = 1 everywhere; shared with the tick form.</summary>
    internal static void Gains(double mix, out double a, out double b) =>
        FastMath.SinCosCycles(Math.Clamp(mix, 0.0, 1.0) * 0.25, out b, out a);
}
