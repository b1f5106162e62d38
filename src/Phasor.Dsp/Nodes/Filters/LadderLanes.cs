using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// The lane form of <see cref="LadderNode"/>: <see cref="LadderTick"/> for <see cref="Lanes.Count"/> voices at once.
/// The coefficient design is vectorised too, since a cutoff that follows an envelope changes it nearly every frame.
/// </summary>
public static class LadderLanes
{
    /// <summary>The fields of <see cref="LadderTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>First stage.</summary>
        public Vector512<double> S1;

        /// <summary>Second stage.</summary>
        public Vector512<double> S2;

        /// <summary>Third stage.</summary>
        public Vector512<double> S3;

        /// <summary>Fourth stage.</summary>
        public Vector512<double> S4;

        /// <summary>Stage gain g.</summary>
        public Vector512<double> G;

        /// <summary>Feedback times the states' leak, k·(1 − g).</summary>
        public Vector512<double> KLeak;

        /// <summary>1/(1 + k·g⁴).</summary>
        public Vector512<double> Norm;

        /// <summary>1/rate.</summary>
        public Vector512<double> Period;

        /// <summary>The cutoff input of the cached coefficients.</summary>
        public Vector512<double> Cutoff;

        /// <summary>The q input of the cached coefficients.</summary>
        public Vector512<double> Q;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref LadderTick.State voice, int lane)
    {
        Lanes.At(ref lanes.S1, lane) = voice.S1;
        Lanes.At(ref lanes.S2, lane) = voice.S2;
        Lanes.At(ref lanes.S3, lane) = voice.S3;
        Lanes.At(ref lanes.S4, lane) = voice.S4;
        Lanes.At(ref lanes.G, lane) = voice.G;
        Lanes.At(ref lanes.KLeak, lane) = voice.KLeak;
        Lanes.At(ref lanes.Norm, lane) = voice.Norm;
        Lanes.At(ref lanes.Period, lane) = voice.Period;
        Lanes.At(ref lanes.Cutoff, lane) = voice.Cutoff;
        Lanes.At(ref lanes.Q, lane) = voice.Q;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref LadderTick.State voice, int lane)
    {
        voice.S1 = Lanes.At(ref lanes.S1, lane);
        voice.S2 = Lanes.At(ref lanes.S2, lane);
        voice.S3 = Lanes.At(ref lanes.S3, lane);
        voice.S4 = Lanes.At(ref lanes.S4, lane);
        voice.G = Lanes.At(ref lanes.G, lane);
        voice.KLeak = Lanes.At(ref lanes.KLeak, lane);
        voice.Norm = Lanes.At(ref lanes.Norm, lane);
        voice.Period = Lanes.At(ref lanes.Period, lane);
        voice.Cutoff = (float)Lanes.At(ref lanes.Cutoff, lane);
        voice.Q = (float)Lanes.At(ref lanes.Q, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> cutoff, Vector512<double> q, Vector512<double> drive, Vector512<double> saturate, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(cutoff, s.Cutoff) || Lanes.AnyChanged(q, s.Q))
        {
            Design(ref s, cutoff, q);
        }

        var g = s.G;
        var (s1, s2, s3, s4) = (s.S1, s.S2, s.S3, s.S4);
        var sum = (g * ((g * ((g * s1) + s2)) + s3)) + s4;

        // drive·in is a float product in the tick form.
        var u = LadderInput.Shape((Lanes.RoundToSingle(drive * @in) - (s.KLeak * sum)) * s.Norm, saturate);
        var v = g * (u - s1);
        var lp1 = v + s1;
        s.S1 = Denormals.Flush(lp1 + v);
        v = g * (lp1 - s2);
        var lp2 = v + s2;
        s.S2 = Denormals.Flush(lp2 + v);
        v = g * (lp2 - s3);
        var lp3 = v + s3;
        s.S3 = Denormals.Flush(lp3 + v);
        v = g * (lp3 - s4);
        var lp4 = v + s4;
        s.S4 = Denormals.Flush(lp4 + v);
        @out = Lanes.RoundToSingle(lp4);
    }

    /// <summary>
    /// <see cref="LadderDesign"/> on every voice. The design is a pure function of cutoff, q and the period, so a voice
    /// whose inputs did not change gets the bits it already has: no per-voice select of old against new is needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Design(ref State s, Vector512<double> cutoff, Vector512<double> q)
    {
        s.Cutoff = cutoff;
        s.Q = q;
        LadderDesign.Coefficients(cutoff, q, s.Period, out s.G, out s.KLeak, out s.Norm);
    }
}
