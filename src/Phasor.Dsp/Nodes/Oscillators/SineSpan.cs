using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The span form of <see cref="SineNode"/>: sixteen frames per step. The phase of each frame is the block's start phase
/// plus the running sum of the increments (a multiple of one increment for a constant frequency), left unwrapped, since
/// <see cref="FastMath.SinCycles(Vector512{double})"/> reduces any argument exactly; it is wrapped once at the end.
/// A sync input that changes within the block needs the frame-by-frame order: the tick form runs it.
/// </summary>
public static class SineSpan
{
    private const int Freq = 0, Pm = 1, Sync = 2;

    // The unwrapped phase of a block must stay small for its rounding to stay far below a float's: steps whose
    // increments exceed a cycle per frame (a frequency above the sample rate, an infinity) go to the tick form.
    private const double MaxIncrement = 1.0;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref SineTick.State s, in NodeBlock block)
    {
        var freq = block.In(Freq);
        var pm = block.In(Pm);
        var sync = block.In(Sync);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Sync) && output.Length >= FrameVectors.Width)
        {
            // A constant sync can rise only at the first frame.
            var phase = OscillatorPorts.SyncPhase(s.Phase, sync[0], ref s.LastSync);
            if (!block.IsConstant(Freq))
            {
                i = Swept(phase, s.InvRate, freq, pm, output, out phase);
                phase = Phase.Advance(phase, 0);
            }
            else if (Math.Abs(freq[0] * s.InvRate) <= MaxIncrement)
            {
                var increment = freq[0] * s.InvRate;
                i = Steady(phase, increment, pm, output);
                phase = Phase.Advance(phase, i * increment);
            }

            s.Phase = phase;
        }

        for (; i < output.Length; i++)
        {
            SineTick.Tick(ref s, freq[i], pm[i], sync[i], out output[i]);
        }
    }

    /// <summary>Whole steps at one increment per frame; returns the frames done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Steady(double phase, double increment, ReadOnlySpan<float> pm, Span<float> output)
    {
        var i = 0;
        var start = Vector512.Create(phase);
        var step = Vector512.Create(increment);
        var index = FrameVectors.Indices;
        var eight = Vector512.Create(8.0);
        for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
        {
            var (pmLow, pmHigh) = FrameVectors.Load(pm, i);
            var low = FastMath.SinCycles(start + (index * step) + pmLow);
            var high = FastMath.SinCycles(start + ((index + eight) * step) + pmHigh);
            FrameVectors.Store(output, i, low, high);
            index += eight + eight;
        }

        return i;
    }

    /// <summary>
    /// Whole steps with one increment per frame from <paramref name="freq"/>, up to the first step with an increment out
    /// of bounds; returns the frames done and the phase after them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Swept(double phase, double invRate, ReadOnlySpan<float> freq, ReadOnlySpan<float> pm, Span<float> output, out double end)
    {
        var i = 0;
        var carry = Vector512.Create(phase);
        var perHz = Vector512.Create(invRate);
        var limit = Vector512.Create(MaxIncrement);
        for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
        {
            var (freqLow, freqHigh) = FrameVectors.Load(freq, i);
            if (!Vector512.LessThanOrEqualAll(Vector512.Abs(freqLow * perHz), limit) || !Vector512.LessThanOrEqualAll(Vector512.Abs(freqHigh * perHz), limit))
            {
                break;
            }

            var (pmLow, pmHigh) = FrameVectors.Load(pm, i);

            // A frame's own increment moves the phase of the next frame: frame k plays start + the sum of the increments
            // before it, a running sum shifted by one frame (not the running sum less its own increment, which an
            // infinite increment would turn into NaN in the frame that still plays the phase before it).
            var sumLow = FrameVectors.RunningSum(freqLow * perHz);
            var low = FastMath.SinCycles(carry + FrameVectors.Earlier(sumLow) + pmLow);
            carry += FrameVectors.Last(sumLow);

            var sumHigh = FrameVectors.RunningSum(freqHigh * perHz);
            var high = FastMath.SinCycles(carry + FrameVectors.Earlier(sumHigh) + pmHigh);
            carry += FrameVectors.Last(sumHigh);
            FrameVectors.Store(output, i, low, high);
        }

        end = carry.ToScalar();
        return i;
    }
}
