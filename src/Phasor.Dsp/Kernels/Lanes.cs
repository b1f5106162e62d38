using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Phasor.Dsp.Kernels;

/// <summary>
/// Shared arithmetic of the lane forms (<see cref="NodeKernel.LaneForm"/>): several identical voices of one node
/// type run as the elements of one <see cref="Vector512{T}"/>, element i holding voice i. Every value a lane form keeps
/// is a double: float state and float wires are held as their (exact) double values, ints as whole doubles.
/// </summary>
public static class Lanes
{
    /// <summary>Voices per vector: the doubles in a <see cref="Vector512{T}"/>.</summary>
    public const int Count = 8;

    /// <summary>The element of <paramref name="vector"/> that holds voice <paramref name="lane"/>, by reference, for Load and Store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double At(ref Vector512<double> vector, int lane)
    {
        if ((uint)lane >= Count)
        {
            ThrowLaneOutOfRange(lane);
        }

        return ref Unsafe.Add(ref Unsafe.As<Vector512<double>, double>(ref vector), lane);
    }

    /// <summary>
    /// Each element rounded to the nearest float, returned as doubles: the vector form of a <c>(float)</c> cast.
    /// A single +, −, · or / of two floats done in double and rounded here gives the float operation's result exactly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> RoundToSingle(Vector512<double> x)
    {
        if (Avx512F.IsSupported)
        {
            return Avx512F.ConvertToVector512Double(Avx512F.ConvertToVector256Single(x));
        }

        return Vector512.WidenLower(Vector512.Narrow(x, x));
    }

    /// <summary>1.0 where <paramref name="mask"/> is set, 0.0 elsewhere: a flag or a gate value from a comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> OneWhere(Vector512<double> mask) => mask & Vector512.Create(1.0);

    /// <summary>All bits set where <paramref name="flag"/> is non-zero: the mask form of an int flag held as a double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> NonZero(Vector512<double> flag) => ~Vector512.Equals(flag, Vector512<double>.Zero);

    /// <summary>True when any element of <paramref name="mask"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Vector512<double> mask) => mask.ExtractMostSignificantBits() != 0;

    /// <summary>True when any element of <paramref name="a"/> differs from <paramref name="b"/> as the scalar <c>!=</c> sees it (NaN differs from everything).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyChanged(Vector512<double> a, Vector512<double> b) => !Vector512.EqualsAll(a, b);

    /// <summary>Set where <paramref name="a"/> != <paramref name="b"/> as the scalar operator sees it (NaN differs from everything).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Changed(Vector512<double> a, Vector512<double> b) => ~Vector512.Equals(a, b);

    /// <summary>True when element <paramref name="lane"/> of <paramref name="mask"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(Vector512<double> mask, int lane) => (mask.ExtractMostSignificantBits() & (1u << lane)) != 0;

    [DoesNotReturn]
    private static void ThrowLaneOutOfRange(int lane) =>
        throw new ArgumentOutOfRangeException(nameof(lane), lane, $"A lane is 0 to {Count - 1}.");
}
