using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// Wavefolder: the input, scaled by <c>fold</c>, is passed through a sine or a triangle of period 4, so peaks that
/// pass ±1 fold back towards zero instead of clipping. Both shapes meet ±1 at odd multiples of 1 and 0 at even ones.
/// </summary>
public sealed class WavefoldNode : NodeKernel
{
    private const int In = 0, Fold = 1;

    /// <summary>Index of the sine choice of <c>shape</c>.</summary>
    internal const int SineShape = 0;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "wavefold",
        "Shaping and mixing",
        "Sine or triangle wavefolder.",
        [
            PortSpec.Signal("in", "Signal to fold.", required: true),
            new("fold", PortRate.Audio, 1, 0, 100, "", "Gain before folding; above 1 a full-scale input folds back once per extra unit."),
        ],
        [OutputSpec.Out()],
        [ParamSpec.Choice("shape", "Folding curve: sine (smooth) or triangle (linear between folds).", ["sine", "triangle"])])
    {
        SuggestsOversampling = true,
    };

    /// <inheritdoc/>
    public override Type TickForm => typeof(WavefoldTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(WavefoldSpan);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => 1;

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state) => state[Slots.Shape] = setup.Params.Choice("shape");

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var fold = block.In(Fold);
        var output = block.Out(0);
        if ((int)block.State[Slots.Shape] == SineShape)
        {
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (float)Sine(fold[i] * (double)input[i]);
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)Triangle(fold[i] * (double)input[i]);
        }
    }

    /// <summary>sin(π/2·u): a sine of period 4 through the origin, a quarter cycle per unit of u; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Sine(double u) => FastMath.SinCycles(u * 0.25);

    /// <summary>Triangle of period 4 through the origin with slope 1: the identity on [-1, 1], folded beyond; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Triangle(double u)
    {
        var v = u + 1.0;
        v -= 4.0 * Math.Floor(v * 0.25);
        return 1.0 - Math.Abs(v - 2.0);
    }

    private static class Slots
    {
        public const int Shape = 0;
    }
}
