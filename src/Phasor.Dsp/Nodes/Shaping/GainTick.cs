using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="GainNode"/>: the dB gain is converted only when it changes.</summary>
public static class GainTick
{
    /// <summary>The last dB value seen and its linear factor.</summary>
    public struct State
    {
        /// <summary>dB of the cached factor.</summary>
        public float Db;

        /// <summary>10^(Db/20).</summary>
        public float Factor;
    }

    /// <summary>0 dB is a factor of 1.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.Factor = 1f;

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float level, float db, out float @out)
    {
        if (db != s.Db)
        {
            s.Db = db;
            s.Factor = (float)Decibels.ToAmplitude(db);
        }

        @out = @in * level * s.Factor;
    }
}
