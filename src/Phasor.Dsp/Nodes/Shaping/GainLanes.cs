using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The lane form of <see cref="GainNode"/>: <see cref="GainTick"/> for <see cref="Lanes.Count"/> voices at once.
/// A changed dB value is converted out of line, voice by voice, with the scalar formula.
/// </summary>
public static class GainLanes
{
    /// <summary>The fields of <see cref="GainTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>dB of the cached factor.</summary>
        public Vector512<double> Db;

        /// <summary>10^(Db/20), rounded to float.</summary>
        public Vector512<double> Factor;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref GainTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Db, lane) = voice.Db;
        Lanes.At(ref lanes.Factor, lane) = voice.Factor;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref GainTick.State voice, int lane)
    {
        voice.Db = (float)Lanes.At(ref lanes.Db, lane);
        voice.Factor = (float)Lanes.At(ref lanes.Factor, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> level, Vector512<double> db, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(db, s.Db))
        {
            Retune(ref s, db);
        }

        // Two float products, as the tick form multiplies floats.
        @out = Lanes.RoundToSingle(Lanes.RoundToSingle(@in * level) * s.Factor);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Retune(ref State s, Vector512<double> db)
    {
        var changed = Lanes.Changed(db, s.Db);
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (Lanes.Has(changed, i))
            {
                Lanes.At(ref s.Db, i) = db[i];
                Lanes.At(ref s.Factor, i) = (float)Decibels.ToAmplitude(db[i]);
            }
        }
    }
}
