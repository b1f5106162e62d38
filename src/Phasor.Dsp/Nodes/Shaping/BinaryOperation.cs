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
    public static double Representable(double x) => Math.Abs(x) <= float.MaxValue ? x : 0.0;
}
