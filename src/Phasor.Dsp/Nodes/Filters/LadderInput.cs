using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// The input stage of <see cref="LadderNode"/>, where the analog circuit's transistor pair sits: at saturate 1 a tanh
/// of the input less the feedback, at 0 the identity (the linear filter, exactly Faust's <c>ve.moogLadder</c>), and a
/// blend in between. One formula for the reference kernel, the tick form and the lane form.
/// </summary>
/// <remarks>
/// The two ends are tested first so they cost nothing extra and keep their own bits: at 1 the result is the tanh itself
/// (not x + (tanh x − x), which rounds differently), and at 0 no tanh is computed at all. The tanh sits on the loop's
/// critical path (the next frame needs this frame's states), so the linear filter runs about a quarter faster.
/// </remarks>
public static class LadderInput
{
    /// <summary>The stage for one voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Shape(double x, double saturate)
    {
        if (saturate == 1)
        {
            return FastMath.Tanh(x);
        }

        return saturate == 0 ? x : x + (saturate * (FastMath.Tanh(x) - x));
    }

    /// <summary><see cref="Shape(double, double)"/> on every element, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Shape(Vector512<double> x, Vector512<double> saturate)
    {
        if (Vector512.EqualsAll(saturate, Vector512<double>.One))
        {
            return FastMath.Tanh(x);
        }

        if (Vector512.EqualsAll(saturate, Vector512<double>.Zero))
        {
            return x;
        }

        var shaped = FastMath.Tanh(x);
        var blend = x + (saturate * (shaped - x));
        return Vector512.ConditionalSelect(Vector512.Equals(saturate, Vector512<double>.One), shaped, Vector512.ConditionalSelect(Vector512.Equals(saturate, Vector512<double>.Zero), x, blend));
    }
}
