using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>
/// The lane form of <see cref="SvfNode"/>: <see cref="SvfTick"/> for <see cref="Lanes.Count"/> voices at once.
/// A changed cutoff or q is designed out of line, voice by voice, with the scalar formula.
/// </summary>
public static class SvfLanes
{
    /// <summary>The fields of <see cref="SvfTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>First integrator.</summary>
        public Vector512<double> Ic1;

        /// <summary>Second integrator.</summary>
        public Vector512<double> Ic2;

        /// <summary>Prewarped integrator gain.</summary>
        public Vector512<double> G;

        /// <summary>Damping, 1/q.</summary>
        public Vector512<double> K;

        /// <summary>1/(1 + g·(g + k)), the solution of the zero-delay loop.</summary>
        public Vector512<double> A1;

        /// <summary>Sample rate in Hz.</summary>
        public Vector512<double> Rate;

        /// <summary>Cutoff of the cached coefficients.</summary>
        public Vector512<double> Cutoff;

        /// <summary>Q of the cached coefficients.</summary>
        public Vector512<double> Q;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref SvfTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Ic1, lane) = voice.Ic1;
        Lanes.At(ref lanes.Ic2, lane) = voice.Ic2;
        Lanes.At(ref lanes.G, lane) = voice.G;
        Lanes.At(ref lanes.K, lane) = voice.K;
        Lanes.At(ref lanes.A1, lane) = voice.A1;
        Lanes.At(ref lanes.Rate, lane) = voice.Rate;
        Lanes.At(ref lanes.Cutoff, lane) = voice.Cutoff;
        Lanes.At(ref lanes.Q, lane) = voice.Q;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref SvfTick.State voice, int lane)
    {
        voice.Ic1 = Lanes.At(ref lanes.Ic1, lane);
        voice.Ic2 = Lanes.At(ref lanes.Ic2, lane);
        voice.G = Lanes.At(ref lanes.G, lane);
        voice.K = Lanes.At(ref lanes.K, lane);
        voice.A1 = Lanes.At(ref lanes.A1, lane);
        voice.Rate = Lanes.At(ref lanes.Rate, lane);
        voice.Cutoff = (float)Lanes.At(ref lanes.Cutoff, lane);
        voice.Q = (float)Lanes.At(ref lanes.Q, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> cutoff, Vector512<double> q, out Vector512<double> low, out Vector512<double> high, out Vector512<double> band, out Vector512<double> notch)
    {
        if (Lanes.AnyChanged(cutoff, s.Cutoff) || Lanes.AnyChanged(q, s.Q))
        {
            Design(ref s, cutoff, q);
        }

        var (ic1, ic2) = (s.Ic1, s.Ic2);
        var v3 = @in - ic2;
        var v1 = s.A1 * ((s.G * v3) + ic1);
        var v2 = ic2 + (s.G * v1);
        var two = Vector512.Create(2.0);
        s.Ic1 = Denormals.Flush((two * v1) - ic1);
        s.Ic2 = Denormals.Flush((two * v2) - ic2);
        var hp = @in - (s.K * v1) - v2;
        low = Lanes.RoundToSingle(v2);
        high = Lanes.RoundToSingle(hp);
        band = Lanes.RoundToSingle(s.K * v1);
        notch = Lanes.RoundToSingle(v2 + hp);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Design(ref State s, Vector512<double> cutoff, Vector512<double> q)
    {
        var changed = Lanes.Changed(cutoff, s.Cutoff) | Lanes.Changed(q, s.Q);
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (Lanes.Has(changed, i))
            {
                Lanes.At(ref s.Cutoff, i) = cutoff[i];
                Lanes.At(ref s.Q, i) = q[i];
                SvfNode.Design(cutoff[i], q[i], s.Rate[i], out var g, out var k, out var a1);
                Lanes.At(ref s.G, i) = g;
                Lanes.At(ref s.K, i) = k;
                Lanes.At(ref s.A1, i) = a1;
            }
        }
    }
}
