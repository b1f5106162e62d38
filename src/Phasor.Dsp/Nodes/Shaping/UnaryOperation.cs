using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The render loop shared by the one-input math nodes (input 0, output <c>out</c>).</summary>
internal static class UnaryOperation
{
    /// <summary>Writes <c>TOp(in)</c> for every frame; computed once when the input is constant.</summary>
    public static void Process<TOp>(in NodeBlock block)
        where TOp : struct, IUnaryOperation
    {
        var input = block.In(0);
        var output = block.Out(0);
        if (block.IsConstant(0))
        {
            output.Fill((float)TOp.Apply(input[0]));
            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)TOp.Apply(input[i]);
        }
    }
}
