using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The spec and render loop shared by the two-input math nodes (inputs <c>a</c>, <c>b</c>, output <c>out</c>).</summary>
internal static class BinaryOperation
{
    /// <summary>Input index of <c>a</c>.</summary>
    public const int A = 0;

    /// <summary>Input index of <c>b</c>.</summary>
    public const int B = 1;

    /// <summary>A spec with inputs <c>a</c> and <c>b</c> (defaults 0 and <paramref name="defaultB"/>) and one output.</summary>
    public static NodeSpec Spec(string type, string summary, double defaultB = 0) => new(
        type,
        "Shaping and mixing",
        summary,
        [
            new("a", PortRate.Audio, 0, double.NegativeInfinity, double.PositiveInfinity, "", "First operand."),
            new("b", PortRate.Audio, defaultB, double.NegativeInfinity, double.PositiveInfinity, "", "Second operand."),
        ],
        [OutputSpec.Out()]);

    /// <summary>Writes <c>TOp(a, b)</c> for every frame; computed once when both inputs are constant.</summary>
    public static void Process<TOp>(in NodeBlock block)
        where TOp : struct, IBinaryOperation
    {
        var a = block.In(A);
        var b = block.In(B);
        var output = block.Out(0);
        if (block.IsConstant(A) && block.IsConstant(B))
        {
            output.Fill((float)TOp.Apply(a[0], b[0]));
            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)TOp.Apply(a[i], b[i]);
        }
    }

    /// <summary>Zero for results a float wire cannot carry (NaN, infinities, overflow), the value otherwise.</summary>
    /// <summary>
    /// A span form's block (<see cref="NodeKernel.SpanForm"/>): sixteen frames per step widened to double, the operation
    /// on double vectors, rounded to float, which is the tick form's <c>(float)TOp.Apply(a, b)</c> frame by frame.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Span<TOp>(in NodeBlock block)
        where TOp : struct, IBinaryOperation
    {
        var a = block.In(A);
        var b = block.In(B);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                var (aLow, aHigh) = FrameVectors.Load(a, i);
                var (bLow, bHigh) = FrameVectors.Load(b, i);
                FrameVectors.Store(output, i, TOp.Apply(aLow, bLow), TOp.Apply(aHigh, bHigh));
            }
        }

        for (; i < output.Length; i++)
        {
            output[i] = (float)TOp.Apply(a[i], b[i]);
        }
    }

    /// <summary><see cref="Representable(double)"/> on every element: NaN fails the test and becomes 0, as there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Representable(Vector512<double> x) =>
        Vector512.ConditionalSelect(Vector512.LessThanOrEqual(Vector512.Abs(x), Vector512.Create((double)float.MaxValue)), x, Vector512<double>.Zero);

    public static double Representable(double x) => Math.Abs(x) <= float.MaxValue ? x : 0.0;
}
