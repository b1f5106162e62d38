using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Oversampling;

/// <summary>
/// The taps of <see cref="Oversampler"/>'s three halfband stages, written out one by one for the per-factor paths.
/// </summary>
/// <remarks>
/// The taps are constants, printed round-trip from <see cref="HalfbandFilter"/>'s designs (a test holds them equal),
/// rather than static readonly copies: the per-factor paths must be fast from their first call, before tiering or
/// class initialisation could turn fields into constants. Each convolution is written out tap by tap in the order of
/// <see cref="HalfbandFilter"/>'s loop: the same sums in the same order, so the same bits.
/// </remarks>
internal static class HalfbandTaps
{
    /// <summary>The first (sharp) stage: 25 distinct taps over a window of 50.</summary>
    internal readonly struct First : IHalfbandTaps
    {
        private const double A0 = 3.112231356189378E-05;
        private const double A1 = -7.115437561493231E-05;
        private const double A2 = 0.00013530001390081828;
        private const double A3 = -0.00023189453067891416;
        private const double A4 = 0.00037084418726927344;
        private const double A5 = -0.0005637245000214221;
        private const double A6 = 0.0008238862893193708;
        private const double A7 = -0.0011665922335436498;
        private const double A8 = 0.0016092200639131712;
        private const double A9 = -0.0021715882177881316;
        private const double A10 = 0.0028764899128413002;
        private const double A11 = -0.0037505698970018188;
        private const double A12 = 0.004825759162335005;
        private const double A13 = -0.006141625396568205;
        private const double A14 = 0.007749259837037409;
        private const double A15 = -0.009717831856187182;
        private const double A16 = 0.012145993368929315;
        private const double A17 = -0.015182627156604093;
        private const double A18 = 0.019066948011982915;
        private const double A19 = -0.024212507828276417;
        private const double A20 = 0.03140328768886321;
        private const double A21 = -0.04232589652124326;
        private const double A22 = 0.06137875646693919;
        private const double A23 = -0.10471720098902192;
        private const double A24 = 0.3178363461856571;

        /// <inheritdoc/>
        public static int Order => 24;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += A0 * Pair(ref window, 0, 49);
            sum += A1 * Pair(ref window, 1, 48);
            sum += A2 * Pair(ref window, 2, 47);
            sum += A3 * Pair(ref window, 3, 46);
            sum += A4 * Pair(ref window, 4, 45);
            sum += A5 * Pair(ref window, 5, 44);
            sum += A6 * Pair(ref window, 6, 43);
            sum += A7 * Pair(ref window, 7, 42);
            sum += A8 * Pair(ref window, 8, 41);
            sum += A9 * Pair(ref window, 9, 40);
            sum += A10 * Pair(ref window, 10, 39);
            sum += A11 * Pair(ref window, 11, 38);
            sum += A12 * Pair(ref window, 12, 37);
            sum += A13 * Pair(ref window, 13, 36);
            sum += A14 * Pair(ref window, 14, 35);
            sum += A15 * Pair(ref window, 15, 34);
            sum += A16 * Pair(ref window, 16, 33);
            sum += A17 * Pair(ref window, 17, 32);
            sum += A18 * Pair(ref window, 18, 31);
            sum += A19 * Pair(ref window, 19, 30);
            sum += A20 * Pair(ref window, 20, 29);
            sum += A21 * Pair(ref window, 21, 28);
            sum += A22 * Pair(ref window, 22, 27);
            sum += A23 * Pair(ref window, 23, 26);
            sum += A24 * Pair(ref window, 24, 25);
            return sum;
        }
    }

    /// <summary>The second stage (4x and 8x): 6 distinct taps over a window of 12.</summary>
    internal readonly struct Second : IHalfbandTaps
    {
        private const double A0 = -0.00030455224144691393;
        private const double A1 = 0.0025540313006011434;
        private const double A2 = -0.010462811129074462;
        private const double A3 = 0.031156410799538688;
        private const double A4 = -0.08262488157576697;
        private const double A5 = 0.3096818028461485;

        /// <inheritdoc/>
        public static int Order => 5;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += A0 * Pair(ref window, 0, 11);
            sum += A1 * Pair(ref window, 1, 10);
            sum += A2 * Pair(ref window, 2, 9);
            sum += A3 * Pair(ref window, 3, 8);
            sum += A4 * Pair(ref window, 4, 7);
            sum += A5 * Pair(ref window, 5, 6);
            return sum;
        }
    }

    /// <summary>The third stage (8x only): 4 distinct taps over a window of 8.</summary>
    internal readonly struct Third : IHalfbandTaps
    {
        private const double A0 = -0.0006411178595536275;
        private const double A1 = 0.010049305359848546;
        private const double A2 = -0.057208294623129693;
        private const double A3 = 0.2978001071228348;

        /// <inheritdoc/>
        public static int Order => 3;

        /// <inheritdoc/>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Convolve(ref double window)
        {
            double sum = 0;
            sum += A0 * Pair(ref window, 0, 7);
            sum += A1 * Pair(ref window, 1, 6);
            sum += A2 * Pair(ref window, 2, 5);
            sum += A3 * Pair(ref window, 3, 4);
            return sum;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Pair(ref double window, int i, int j) => Unsafe.Add(ref window, i) + Unsafe.Add(ref window, j);
}
