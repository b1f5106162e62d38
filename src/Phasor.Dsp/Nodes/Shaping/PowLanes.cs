using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The lane form of <see cref="PowNode"/>: <see cref="PowTick"/> for <see cref="Lanes.Count"/> voices at once. Voices with
/// a whole exponent multiply (square and multiply, each voice with its own exponent); the general power is computed
/// only on frames where some voice needs it.
/// </summary>
public static class PowLanes
{
    /// <summary>The fields of <see cref="PowTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Exponent of the cached classification.</summary>
        public Vector512<double> B;

        /// <summary>1 when <see cref="B"/> is a whole exponent.</summary>
        public Vector512<double> Whole;

        /// <summary><see cref="B"/> as a whole number when <see cref="Whole"/> is 1.</summary>
        public Vector512<double> N;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref PowTick.State voice, int lane)
    {
        Lanes.At(ref lanes.B, lane) = voice.B;
        Lanes.At(ref lanes.Whole, lane) = voice.Whole;
        Lanes.At(ref lanes.N, lane) = voice.N;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref PowTick.State voice, int lane)
    {
        voice.B = (float)Lanes.At(ref lanes.B, lane);
        voice.Whole = (int)Lanes.At(ref lanes.Whole, lane);
        voice.N = (int)Lanes.At(ref lanes.N, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> a, Vector512<double> b, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(b, s.B))
        {
            Update(ref s, b);
        }

        var whole = Lanes.NonZero(s.Whole);
        var power = PowInt(a, s.N);
        if (!Vector512.EqualsAll(whole.AsInt64(), Vector512<long>.AllBitsSet))
        {
            // Whole voices take 1 as the base here, so a negative base of theirs cannot send Pow to its scalar path.
            power = Vector512.ConditionalSelect(whole, power, FastMath.Pow(Vector512.ConditionalSelect(whole, Vector512.Create(1.0), a), b));
        }

        // BinaryOperation.Representable, then the float wire.
        var representable = Vector512.LessThanOrEqual(Vector512.Abs(power), Vector512.Create((double)float.MaxValue));
        @out = Lanes.RoundToSingle(Vector512.ConditionalSelect(representable, power, Vector512<double>.Zero));
    }

    /// <summary>
    /// <see cref="FastMath.PowInt(double, int)"/> with each element's own exponent <paramref name="n"/>. Square and multiply starting from
    /// 1 performs, for the exponents PowInt unrolls, the same products as the unrolled forms (1·x is exact), so it is
    /// bit for bit PowInt for every exponent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> PowInt(Vector512<double> x, Vector512<double> n)
    {
        var e = Vector512.ConvertToInt64(Vector512.Abs(n));
        var result = Vector512.Create(1.0);
        var square = x;
        while (!Vector512.EqualsAll(e, Vector512<long>.Zero))
        {
            var bit = Vector512.Equals(e & Vector512.Create(1L), Vector512.Create(1L)).AsDouble();
            result = Vector512.ConditionalSelect(bit, result * square, result);
            square *= square;
            e = Vector512.ShiftRightLogical(e, 1);
        }

        return Vector512.ConditionalSelect(Vector512.LessThan(n, Vector512<double>.Zero), Vector512.Create(1.0) / result, result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, Vector512<double> b)
    {
        var changed = Lanes.Changed(b, s.B);

        // PowNode.IsWholeExponent; the whole number goes through an integer, as the tick form's (int) cast does.
        var whole = Vector512.Equals(b, Vector512.Floor(b)) & Vector512.LessThanOrEqual(Vector512.Abs(b), Vector512.Create(PowNode.LargestIntegerExponent));
        var n = Vector512.ConvertToDouble(Vector512.ConvertToInt64(Vector512.ConditionalSelect(whole, b, Vector512<double>.Zero)));
        s.B = Vector512.ConditionalSelect(changed, b, s.B);
        s.Whole = Vector512.ConditionalSelect(changed, Lanes.OneWhere(whole), s.Whole);
        s.N = Vector512.ConditionalSelect(changed, n, s.N);
    }
}
