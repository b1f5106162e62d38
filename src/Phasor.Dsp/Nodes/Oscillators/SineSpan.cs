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
            i = block.IsConstant(Freq) ? Steady(phase, freq[0] * s.InvRate, pm, output) : Swept(phase, s.InvRate, freq, pm, output, out phase);
            s.Phase = block.IsConstant(Freq) ? Phase.Advance(phase, i * (freq[0] * s.InvRate)) : Phase.Advance(phase, 0);
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

    /// <summary>Whole steps with one increment per frame from <paramref name="freq"/>; returns the frames done and the phase after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Swept(double phase, double invRate, ReadOnlySpan<float> freq, ReadOnlySpan<float> pm, Span<float> output, out double end)
    {
        var i = 0;
        var carry = Vector512.Create(phase);
        var perHz = Vector512.Create(invRate);
        for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
        {
            var (freqLow, freqHigh) = FrameVectors.Load(freq, i);
            var (pmLow, pmHigh) = FrameVectors.Load(pm, i);

            // A frame's own increment moves the phase of the next frame: frame k plays start + sum of the increments before it.
            var incLow = freqLow * perHz;
            var sumLow = FrameVectors.RunningSum(incLow);
            var low = FastMath.SinCycles(carry + (sumLow - incLow) + pmLow);
            carry += FrameVectors.Last(sumLow);

            var incHigh = freqHigh * perHz;
            var sumHigh = FrameVectors.RunningSum(incHigh);
            var high = FastMath.SinCycles(carry + (sumHigh - incHigh) + pmHigh);
            carry += FrameVectors.Last(sumHigh);
            FrameVectors.Store(output, i, low, high);
        }

        end = carry.ToScalar();
        return i;
    }
}
