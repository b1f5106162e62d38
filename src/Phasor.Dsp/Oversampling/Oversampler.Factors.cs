using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Stage1 = Phasor.Dsp.Oversampling.HalfbandStage<Phasor.Dsp.Oversampling.HalfbandTaps.First>;
using Stage2 = Phasor.Dsp.Oversampling.HalfbandStage<Phasor.Dsp.Oversampling.HalfbandTaps.Second>;
using Stage3 = Phasor.Dsp.Oversampling.HalfbandStage<Phasor.Dsp.Oversampling.HalfbandTaps.Third>;

namespace Phasor.Dsp.Oversampling;

/// <summary>
/// The per-factor paths: <see cref="Up"/> and <see cref="Down"/> written out for 2x, 4x and 8x, with the stages'
/// taps unrolled, no test of the factor per sample and the ring positions in locals for the whole block. Each gives
/// the same bits as the generic method at its factor and leaves the same state, so a stream can switch between
/// them at any block. Compiled backends call these directly.
/// </summary>
/// <remarks>
/// Optimised on first call (<see cref="MethodImplOptions.AggressiveOptimization"/>), since a render thread cannot
/// wait for tiering: a short render would otherwise run them unoptimised throughout. They need nothing tiering
/// would bring: the taps are constants, the factor and ring lengths are in the types.
/// </remarks>
public static partial class Oversampler
{
    private static int SecondOffset => Stage1.DownStateSize;

    private static int ThirdOffset => Stage1.DownStateSize + Stage2.DownStateSize;

    // No factor pads its upsampling (the stages' latencies already come to whole frames), so the Up paths have no
    // pad line; the tests comparing them with Up at every factor would fail if a redesign changed that.

    /// <summary><see cref="Up"/> at factor 2; <c>output.Length == 2 * input.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Up2x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 2, output.Length, input.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        var p1 = Stage1.Position(s);
        ref var o = ref MemoryMarshal.GetReference(output);
        for (var n = 0; n < input.Length; n++)
        {
            Stage1.Up(ref ring1, ref p1, input[n], out var a, out var b);
            Unsafe.Add(ref o, 2 * n) = (float)a;
            Unsafe.Add(ref o, (2 * n) + 1) = (float)b;
        }

        s = p1;
    }

    /// <summary><see cref="Up"/> at factor 4; <c>output.Length == 4 * input.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Up4x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 4, output.Length, input.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        ref var ring2 = ref Unsafe.Add(ref s, SecondOffset + 1);
        var p1 = Stage1.Position(s);
        var p2 = Stage2.Position(Unsafe.Add(ref s, SecondOffset));
        ref var o = ref MemoryMarshal.GetReference(output);
        for (var n = 0; n < input.Length; n++)
        {
            Stage1.Up(ref ring1, ref p1, input[n], out var a, out var b);
            ref var out4 = ref Unsafe.Add(ref o, 4 * n);
            Stage2.Up(ref ring2, ref p2, a, out var c, out var d);
            out4 = (float)c;
            Unsafe.Add(ref out4, 1) = (float)d;
            Stage2.Up(ref ring2, ref p2, b, out c, out d);
            Unsafe.Add(ref out4, 2) = (float)c;
            Unsafe.Add(ref out4, 3) = (float)d;
        }

        s = p1;
        Unsafe.Add(ref s, SecondOffset) = p2;
    }

    /// <summary><see cref="Up"/> at factor 8; <c>output.Length == 8 * input.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Up8x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 8, output.Length, input.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        ref var ring2 = ref Unsafe.Add(ref s, SecondOffset + 1);
        ref var ring3 = ref Unsafe.Add(ref s, ThirdOffset + 1);
        var p1 = Stage1.Position(s);
        var p2 = Stage2.Position(Unsafe.Add(ref s, SecondOffset));
        var p3 = Stage3.Position(Unsafe.Add(ref s, ThirdOffset));
        ref var o = ref MemoryMarshal.GetReference(output);
        for (var n = 0; n < input.Length; n++)
        {
            Stage1.Up(ref ring1, ref p1, input[n], out var a, out var b);
            ref var out8 = ref Unsafe.Add(ref o, 8 * n);
            Stage2.Up(ref ring2, ref p2, a, out var c, out var d);
            Up8xLast(ref ring3, ref p3, c, d, ref out8);
            Stage2.Up(ref ring2, ref p2, b, out c, out d);
            Up8xLast(ref ring3, ref p3, c, d, ref Unsafe.Add(ref out8, 4));
        }

        s = p1;
        Unsafe.Add(ref s, SecondOffset) = p2;
        Unsafe.Add(ref s, ThirdOffset) = p3;
    }

    /// <summary><see cref="Down"/> at factor 2; <c>input.Length == 2 * output.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Down2x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 2, input.Length, output.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        var p1 = Stage1.Position(s);
        ref var x = ref MemoryMarshal.GetReference(input);
        for (var n = 0; n < output.Length; n++)
        {
            ref var in2 = ref Unsafe.Add(ref x, 2 * n);
            output[n] = (float)Stage1.Down(ref ring1, ref p1, in2, Unsafe.Add(ref in2, 1));
        }

        s = p1;
    }

    /// <summary><see cref="Down"/> at factor 4; <c>input.Length == 4 * output.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Down4x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 4, input.Length, output.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        ref var ring2 = ref Unsafe.Add(ref s, SecondOffset + 1);
        var p1 = Stage1.Position(s);
        var p2 = Stage2.Position(Unsafe.Add(ref s, SecondOffset));
        var pad = PadState(state, 4, DownPad(4));
        var line = new PadLine(pad);
        ref var x = ref MemoryMarshal.GetReference(input);
        for (var n = 0; n < output.Length; n++)
        {
            ref var in4 = ref Unsafe.Add(ref x, 4 * n);
            var a = Stage2.Down(ref ring2, ref p2, line.Delay(in4), line.Delay(Unsafe.Add(ref in4, 1)));
            var b = Stage2.Down(ref ring2, ref p2, line.Delay(Unsafe.Add(ref in4, 2)), line.Delay(Unsafe.Add(ref in4, 3)));
            output[n] = (float)Stage1.Down(ref ring1, ref p1, a, b);
        }

        s = p1;
        Unsafe.Add(ref s, SecondOffset) = p2;
        pad[0] = line.Position;
    }

    /// <summary><see cref="Down"/> at factor 8; <c>input.Length == 8 * output.Length</c>. Render thread only; does not allocate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Down8x(Span<double> state, ReadOnlySpan<float> input, Span<float> output)
    {
        CheckLengths(state, 8, input.Length, output.Length);
        ref var s = ref MemoryMarshal.GetReference(state);
        ref var ring1 = ref Unsafe.Add(ref s, 1);
        ref var ring2 = ref Unsafe.Add(ref s, SecondOffset + 1);
        ref var ring3 = ref Unsafe.Add(ref s, ThirdOffset + 1);
        var p1 = Stage1.Position(s);
        var p2 = Stage2.Position(Unsafe.Add(ref s, SecondOffset));
        var p3 = Stage3.Position(Unsafe.Add(ref s, ThirdOffset));
        var pad = PadState(state, 8, DownPad(8));
        var line = new PadLine(pad);
        ref var x = ref MemoryMarshal.GetReference(input);
        for (var n = 0; n < output.Length; n++)
        {
            ref var in8 = ref Unsafe.Add(ref x, 8 * n);
            var a = Stage2.Down(ref ring2, ref p2, Down8xLast(ref ring3, ref p3, ref line, ref in8), Down8xLast(ref ring3, ref p3, ref line, ref Unsafe.Add(ref in8, 2)));
            var b = Stage2.Down(ref ring2, ref p2, Down8xLast(ref ring3, ref p3, ref line, ref Unsafe.Add(ref in8, 4)), Down8xLast(ref ring3, ref p3, ref line, ref Unsafe.Add(ref in8, 6)));
            output[n] = (float)Stage1.Down(ref ring1, ref p1, a, b);
        }

        s = p1;
        Unsafe.Add(ref s, SecondOffset) = p2;
        Unsafe.Add(ref s, ThirdOffset) = p3;
        pad[0] = line.Position;
    }

    /// <summary>The third stage of <see cref="Up8x"/>: two samples at 4x in, four at 8x out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Up8xLast(ref double ring3, ref int p3, double c, double d, ref float out4)
    {
        Stage3.Up(ref ring3, ref p3, c, out var e, out var f);
        out4 = (float)e;
        Unsafe.Add(ref out4, 1) = (float)f;
        Stage3.Up(ref ring3, ref p3, d, out e, out f);
        Unsafe.Add(ref out4, 2) = (float)e;
        Unsafe.Add(ref out4, 3) = (float)f;
    }

    /// <summary>The third stage of <see cref="Down8x"/>: two samples at 8x, through the pad line, to one at 4x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Down8xLast(ref double ring3, ref int p3, ref PadLine line, ref float in2) =>
        Stage3.Down(ref ring3, ref p3, line.Delay(in2), line.Delay(Unsafe.Add(ref in2, 1)));

    /// <summary>
    /// The pad delay of the generic <c>Delay</c> with its position in a local: the samples after the slot, the
    /// position loaded once (and checked) per block; the caller stores <see cref="Position"/> back.
    /// </summary>
    private ref struct PadLine
    {
        private readonly ref double _samples;
        private readonly int _length;

        public PadLine(Span<double> pad)
        {
            _length = pad.Length - 1;
            Position = (int)pad[0];
            if ((uint)Position >= (uint)_length)
            {
                ThrowCorruptPad();
            }

            _samples = ref pad[1];
        }

        public int Position { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Delay(double x)
        {
            ref var slot = ref Unsafe.Add(ref _samples, Position);
            var y = slot;
            slot = x;
            Position = Position + 1 == _length ? 0 : Position + 1;
            return y;
        }
    }

    [DoesNotReturn]
    private static void ThrowCorruptPad() =>
        throw new ArgumentException("The oversampler state's pad position is out of range: the state was not made for this factor.");
}
