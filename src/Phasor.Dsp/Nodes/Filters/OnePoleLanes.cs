using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// The lane form of <see cref="OnePoleNode"/>: <see cref="OnePoleTick"/> for <see cref="Lanes.Count"/> voices at once.
/// A changed cutoff is designed out of line, voice by voice, with the scalar formula.
/// </summary>
public static class OnePoleLanes
{
    /// <summary>The fields of <see cref="OnePoleTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Integrator state.</summary>
        public Vector512<double> S;

        /// <summary>Integrator gain.</summary>
        public Vector512<double> G;

        /// <summary>Sample rate in Hz.</summary>
        public Vector512<double> Rate;

        /// <summary>Cutoff of the cached gain.</summary>
        public Vector512<double> Cutoff;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref OnePoleTick.State voice, int lane)
    {
        Lanes.At(ref lanes.S, lane) = voice.S;
        Lanes.At(ref lanes.G, lane) = voice.G;
        Lanes.At(ref lanes.Rate, lane) = voice.Rate;
        Lanes.At(ref lanes.Cutoff, lane) = voice.Cutoff;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref OnePoleTick.State voice, int lane)
    {
        voice.S = Lanes.At(ref lanes.S, lane);
        voice.G = Lanes.At(ref lanes.G, lane);
        voice.Rate = Lanes.At(ref lanes.Rate, lane);
        voice.Cutoff = (float)Lanes.At(ref lanes.Cutoff, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> cutoff, out Vector512<double> lp, out Vector512<double> hp)
    {
        if (Lanes.AnyChanged(cutoff, s.Cutoff))
        {
            Design(ref s, cutoff);
        }

        var v = (@in - s.S) * s.G;
        var low = v + s.S;
        s.S = Denormals.Flush(low + v);
        lp = Lanes.RoundToSingle(low);
        hp = Lanes.RoundToSingle(@in - low);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Design(ref State s, Vector512<double> cutoff)
    {
        var changed = Lanes.Changed(cutoff, s.Cutoff);
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (Lanes.Has(changed, i))
            {
                Lanes.At(ref s.Cutoff, i) = cutoff[i];
                Lanes.At(ref s.G, i) = OnePoleNode.Gain(cutoff[i], s.Rate[i]);
            }
        }
    }
}
