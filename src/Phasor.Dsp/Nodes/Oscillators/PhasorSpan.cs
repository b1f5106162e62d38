using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The span form of <see cref="PhasorNode"/>: the phase runs frame by frame in scalar code, adding and wrapping exactly
/// as the tick form does (a running sum would not give its bits), and only what is made of the phase, the phase
/// modulation, the wrap to [0, 1) and the rounding to float, runs on vectors, in the tick form's steps.
/// A sync input that changes within the block needs the frame-by-frame order: the tick form runs it.
/// </summary>
public static class PhasorSpan
{
    private const int Freq = 0, Pm = 1, Sync = 2;

    /// <summary>One block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Process(ref PhasorTick.State s, in NodeBlock block)
    {
        var freq = block.In(Freq);
        var pm = block.In(Pm);
        var sync = block.In(Sync);
        var output = block.Out(0);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && block.IsConstant(Sync) && output.Length >= FrameVectors.Width)
        {
            // A constant sync can rise only at the first frame; the tick form's later frames leave the phase alone.
            var phase = OscillatorPorts.SyncPhase(s.Phase, sync[0], ref s.LastSync);
            Span<double> phases = stackalloc double[FrameVectors.Width];
            for (; i + FrameVectors.Width <= output.Length; i += FrameVectors.Width)
            {
                for (var k = 0; k < FrameVectors.Width; k++)
                {
                    phases[k] = phase;
                    phase = Phase.Advance(phase, freq[i + k] * s.InvRate);
                }

                var (pmLow, pmHigh) = FrameVectors.Load(pm, i);
                var low = Vector512.Create((ReadOnlySpan<double>)phases) + pmLow;
                var high = Vector512.Create((ReadOnlySpan<double>)phases[8..]) + pmHigh;
                var value = Vector512.Narrow(low - Vector512.Floor(low), high - Vector512.Floor(high));

                // A phase a hair below 1 rounds up to 1f; as in the tick form, that (and NaN) gives 0.
                FrameVectors.Store(output, i, Vector512.ConditionalSelect(Vector512.LessThan(value, Vector512.Create(1f)), value, Vector512<float>.Zero));
            }

            // The tick form keeps each frame's sync; a constant one may still differ in the sign of a zero or a NaN's bits.
            s.Phase = phase;
            s.LastSync = sync[i - 1];
        }

        for (; i < output.Length; i++)
        {
            PhasorTick.Tick(ref s, freq[i], pm[i], sync[i], out output[i]);
        }
    }
}
