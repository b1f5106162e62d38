using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// Raises a to the power b. A constant whole exponent runs on multiplications alone; results a float wire cannot
/// carry (0 to a negative power, a negative base to a fractional power, overflow) become 0.
/// </summary>
public sealed class PowNode : NodeKernel
{
    private const int A = BinaryOperation.A, B = BinaryOperation.B;

    // Beyond this any finite base other than ±1 over- or underflows anyway.
    private const double LargestIntegerExponent = 1 << 16;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("pow", "a raised to the power b.", defaultB: 1);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var a = block.In(A);
        var b = block.In(B);
        var output = block.Out(0);
        if (block.IsConstant(A) && block.IsConstant(B))
        {
            output.Fill((float)BinaryOperation.Representable(FastMath.Pow(a[0], b[0])));
            return;
        }

        if (block.IsConstant(B) && b[0] == Math.Floor(b[0]) && Math.Abs(b[0]) <= LargestIntegerExponent)
        {
            var n = (int)b[0];
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (float)BinaryOperation.Representable(FastMath.PowInt(a[i], n));
            }

            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (float)BinaryOperation.Representable(FastMath.Pow(a[i], b[i]));
        }
    }
}
