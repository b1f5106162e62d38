using System.Runtime.CompilerServices;
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
    internal const double LargestIntegerExponent = 1 << 16;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = BinaryOperation.Spec("pow", "a raised to the power b.", defaultB: 1);

    /// <inheritdoc/>
    public override Type TickForm => typeof(PowTick);

    /// <inheritdoc/>
    public override Type SpanForm => typeof(PowSpan);

    /// <inheritdoc/>
    public override Type LaneForm => typeof(PowLanes);

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var a = block.In(A);
        var b = block.In(B);
        var output = block.Out(0);
        // The whole-exponent test comes first so a constant a gives the same result as a signal holding that value.
        if (block.IsConstant(B) && IsWholeExponent(b[0]))
        {
            var n = (int)b[0];
            if (block.IsConstant(A))
            {
                output.Fill(Power(a[0], n));
                return;
            }

            for (var i = 0; i < output.Length; i++)
            {
                output[i] = Power(a[i], n);
            }

            return;
        }

        if (block.IsConstant(A) && block.IsConstant(B))
        {
            output.Fill(Power(a[0], b[0]));
            return;
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = Power(a[i], b[i]);
        }
    }

    /// <summary>Whether <paramref name="b"/> is a whole exponent small enough for <see cref="FastMath.PowInt(double, int)"/>; shared with the tick form.</summary>
    internal static bool IsWholeExponent(double b) => b == Math.Floor(b) && Math.Abs(b) <= LargestIntegerExponent;

    /// <summary><paramref name="a"/>^<paramref name="b"/> on a float wire; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Power(double a, double b) => (float)BinaryOperation.Representable(FastMath.Pow(a, b));

    /// <summary><paramref name="a"/>^<paramref name="n"/> by multiplications, on a float wire; shared with the tick form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Power(double a, int n) => (float)BinaryOperation.Representable(FastMath.PowInt(a, n));
}
