using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Oversampling;

/// <summary>
/// One halfband stage of <see cref="HalfbandFilter"/> compiled for fixed taps: the same state layout (a position
/// slot, then rings stored twice over) and the same arithmetic in the same order, with the ring position held in a
/// local by the caller across a block instead of read and written as a double every sample.
/// </summary>
/// <remarks>
/// Works on refs into the caller's state: the caller checks once per block that the state slice is long enough
/// (<see cref="DownStateSize"/> doubles from the position slot) and loads the position with <see cref="Position"/>,
/// which rejects a corrupt slot; every access is then within the slice.
/// </remarks>
internal static class HalfbandStage<TTaps>
    where TTaps : struct, IHalfbandTaps
{
    /// <summary>2k+2: the ring length, and the FIR window.</summary>
    public static int Length => (2 * TTaps.Order) + 2;

    /// <summary>Doubles of one downsampling instance, as <see cref="HalfbandFilter.DownStateSize"/>; an upsampling one needs fewer.</summary>
    public static int DownStateSize => 1 + (4 * Length);

    /// <summary>The ring position stored in <paramref name="slot"/>; throws when it is not one (the state is not this stage's).</summary>
    public static int Position(double slot)
    {
        var position = (int)slot;
        if ((uint)position >= (uint)Length)
        {
            ThrowCorrupt();
        }

        return position;
    }

    /// <summary>
    /// <see cref="HalfbandFilter.Up"/>: takes one low-rate sample into the ring starting at <paramref name="ring"/>
    /// (the slot after the position) and gives the two high-rate samples that follow it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Up(ref double ring, ref int position, double x, out double first, out double second)
    {
        position = position == 0 ? Length - 1 : position - 1;
        ref var window = ref Unsafe.Add(ref ring, position);
        window = x;
        Unsafe.Add(ref window, Length) = x;
        first = Unsafe.Add(ref window, TTaps.Order + 1);
        second = 2.0 * TTaps.Convolve(ref window);
    }

    /// <summary>
    /// <see cref="HalfbandFilter.Down"/>: takes two high-rate samples into the odd ring starting at
    /// <paramref name="ring"/> and the even ring after it, and gives one low-rate sample.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Down(ref double ring, ref int position, double first, double second)
    {
        position = position == 0 ? Length - 1 : position - 1;
        ref var odd = ref Unsafe.Add(ref ring, position);
        odd = second;
        Unsafe.Add(ref odd, Length) = second;
        ref var even = ref Unsafe.Add(ref odd, 2 * Length);
        even = first;
        Unsafe.Add(ref even, Length) = first;
        return TTaps.Convolve(ref odd) + (0.5 * Unsafe.Add(ref even, TTaps.Order));
    }

    [DoesNotReturn]
    private static void ThrowCorrupt() =>
        throw new ArgumentException("The oversampler state's ring position is out of range: the state was not made for this factor.");
}
