using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The span form of <see cref="ClockNode"/>. Inside a cycle the position moves by one per frame, so sixteen frames that
/// neither start nor end a cycle are a closed form of the position at the step's start (the gate is a comparison
/// with the width, the trigger 0); steps with a cycle boundary run the tick form.
/// </summary>
public static class ClockSpan
{
    private const int Freq = 0, Bpm = 1, Width = 2, GateOut = 0, TrigOut = 1;

    // From 16 up, position + k rounds as k additions of 1 do (see AdsrSpan).
    private const double ExactPosition = 16;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref ClockTick.State s, in NodeBlock block)
    {
        var (freq, bpm) = (block.First(Freq), block.First(Bpm));
        var width = block.In(Width);
        var gate = block.Out(GateOut);
        var trig = block.Out(TrigOut);
        ClockTick.Follow(ref s, freq, bpm);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + FrameVectors.Width <= gate.Length; i += FrameVectors.Width)
            {
                if (s.CycleStart == 0 && s.Running != 0 && s.Position >= ExactPosition && s.Position + FrameVectors.Width < s.Period)
                {
                    var low = Vector512.Create(s.Position) + FrameVectors.Indices;
                    var high = low + Vector512.Create(8.0);
                    var (widthLow, widthHigh) = FrameVectors.Load(width, i);
                    var period = Vector512.Create(s.Period);
                    var one = Vector512<double>.One;
                    FrameVectors.Store(gate, i, Vector512.LessThanOrEqual(low, widthLow * period) & one, Vector512.LessThanOrEqual(high, widthHigh * period) & one);
                    trig.Slice(i, FrameVectors.Width).Clear();
                    s.Position = high.GetElement(7) + 1.0;
                    continue;
                }

                Ticks(ref s, freq, bpm, width, gate, trig, i, i + FrameVectors.Width);
            }
        }

        Ticks(ref s, freq, bpm, width, gate, trig, i, gate.Length);
    }

    /// <summary>Frames [<paramref name="start"/>, <paramref name="end"/>) by the tick form.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Ticks(ref ClockTick.State s, float freq, float bpm, ReadOnlySpan<float> width, Span<float> gate, Span<float> trig, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            ClockTick.Tick(ref s, freq, bpm, width[k], out gate[k], out trig[k]);
        }
    }
}
