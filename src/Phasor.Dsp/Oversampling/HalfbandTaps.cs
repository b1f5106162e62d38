using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Oversampling;

/// <summary>
/// The taps of <see cref="Oversampler"/>'s three halfband stages, written out one by one for the per-factor paths.
/// </summary>
/// <remarks>
/// The taps are static readonly copies of the designs, so they cannot drift from them; the tier-1 JIT reads static
/// readonly fields of an initialised class as constants. Each convolution is written out tap by tap in the order of
/// <see cref="HalfbandFilter"/>'s loop: the same sums in the same order, so the same bits.
/// </remarks>
internal static class HalfbandTaps
{
    /// <summary>The first (sharp) stage: 25 distinct taps over a window of 50.</summary>
    internal readonly struct First : IHalfbandTaps
    {
        private static readonly double s_a0 = Oversampler.FirstStage.Tap(0);
        private static readonly double s_a1 = Oversampler.FirstStage.Tap(1);
        private static readonly double s_a2 = Oversampler.FirstStage.Tap(2);
        private static readonly double s_a3 = Oversampler.FirstStage.Tap(3);
        private static readonly double s_a4 = Oversampler.FirstStage.Tap(4);
        private static readonly double s_a5 = Oversampler.FirstStage.Tap(5);
        private static readonly double s_a6 = Oversampler.FirstStage.Tap(6);
        private static readonly double s_a7 = Oversampler.FirstStage.Tap(7);
        private static readonly double s_a8 = Oversampler.FirstStage.Tap(8);
        private static readonly double s_a9 = Oversampler.FirstStage.Tap(9);
        private static readonly double s_a10 = Oversampler.FirstStage.Tap(10);
        private static readonly double s_a11 = Oversampler.FirstStage.Tap(11);
        private static readonly double s_a12 = Oversampler.FirstStage.Tap(12);
        private static readonly double s_a13 = Oversampler.FirstStage.Tap(13);
        private static readonly double s_a14 = Oversampler.FirstStage.Tap(14);
        private static readonly double s_a15 = Oversampler.FirstStage.Tap(15);
        private static readonly double s_a16 = Oversampler.FirstStage.Tap(16);
        private static readonly double s_a17 = Oversampler.FirstStage.Tap(17);
        private static readonly double s_a18 = Oversampler.FirstStage.Tap(18);
        private static readonly double s_a19 = Oversampler.FirstStage.Tap(19);
        private static readonly double s_a20 = Oversampler.FirstStage.Tap(20);
        private static readonly double s_a21 = Oversampler.FirstStage.Tap(21);
        private static readonly double s_a22 = Oversampler.FirstStage.Tap(22);
        private static readonly double s_a23 = Oversampler.FirstStage.Tap(23);
        private static readonly double s_a24 = Oversampler.FirstStage.Tap(24);

        /// <inheritdoc/>
        public static int Order => 24;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += s_a0 * Pair(ref window, 0, 49);
            sum += s_a1 * Pair(ref window, 1, 48);
            sum += s_a2 * Pair(ref window, 2, 47);
            sum += s_a3 * Pair(ref window, 3, 46);
            sum += s_a4 * Pair(ref window, 4, 45);
            sum += s_a5 * Pair(ref window, 5, 44);
            sum += s_a6 * Pair(ref window, 6, 43);
            sum += s_a7 * Pair(ref window, 7, 42);
            sum += s_a8 * Pair(ref window, 8, 41);
            sum += s_a9 * Pair(ref window, 9, 40);
            sum += s_a10 * Pair(ref window, 10, 39);
            sum += s_a11 * Pair(ref window, 11, 38);
            sum += s_a12 * Pair(ref window, 12, 37);
            sum += s_a13 * Pair(ref window, 13, 36);
            sum += s_a14 * Pair(ref window, 14, 35);
            sum += s_a15 * Pair(ref window, 15, 34);
            sum += s_a16 * Pair(ref window, 16, 33);
            sum += s_a17 * Pair(ref window, 17, 32);
            sum += s_a18 * Pair(ref window, 18, 31);
            sum += s_a19 * Pair(ref window, 19, 30);
            sum += s_a20 * Pair(ref window, 20, 29);
            sum += s_a21 * Pair(ref window, 21, 28);
            sum += s_a22 * Pair(ref window, 22, 27);
            sum += s_a23 * Pair(ref window, 23, 26);
            sum += s_a24 * Pair(ref window, 24, 25);
            return sum;
        }
    }

    /// <summary>The second stage (4x and 8x): 6 distinct taps over a window of 12.</summary>
    internal readonly struct Second : IHalfbandTaps
    {
        private static readonly double s_a0 = Oversampler.SecondStage.Tap(0);
        private static readonly double s_a1 = Oversampler.SecondStage.Tap(1);
        private static readonly double s_a2 = Oversampler.SecondStage.Tap(2);
        private static readonly double s_a3 = Oversampler.SecondStage.Tap(3);
        private static readonly double s_a4 = Oversampler.SecondStage.Tap(4);
        private static readonly double s_a5 = Oversampler.SecondStage.Tap(5);

        /// <inheritdoc/>
        public static int Order => 5;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += s_a0 * Pair(ref window, 0, 11);
            sum += s_a1 * Pair(ref window, 1, 10);
            sum += s_a2 * Pair(ref window, 2, 9);
            sum += s_a3 * Pair(ref window, 3, 8);
            sum += s_a4 * Pair(ref window, 4, 7);
            sum += s_a5 * Pair(ref window, 5, 6);
            return sum;
        }
    }

    /// <summary>The third stage (8x only): 4 distinct taps over a window of 8.</summary>
    internal readonly struct Third : IHalfbandTaps
    {
        private static readonly double s_a0 = Oversampler.ThirdStage.Tap(0);
        private static readonly double s_a1 = Oversampler.ThirdStage.Tap(1);
        private static readonly double s_a2 = Oversampler.ThirdStage.Tap(2);
        private static readonly double s_a3 = Oversampler.ThirdStage.Tap(3);

        /// <inheritdoc/>
        public static int Order => 3;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += s_a0 * Pair(ref window, 0, 7);
            sum += s_a1 * Pair(ref window, 1, 6);
            sum += s_a2 * Pair(ref window, 2, 5);
            sum += s_a3 * Pair(ref window, 3, 4);
            return sum;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Pair(ref double window, int i, int j) => Unsafe.Add(ref window, i) + Unsafe.Add(ref window, j);
}
