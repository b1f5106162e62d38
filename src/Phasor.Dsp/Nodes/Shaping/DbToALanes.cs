using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="DbToANode"/>: <see cref="DbToATick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class DbToALanes
{
    /// <summary>The fields of <see cref="DbToATick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>The input of the cached output.</summary>
        public Vector512<double> In;

        /// <summary>The cached output.</summary>
        public Vector512<double> Out;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref DbToATick.State voice, int lane)
    {
        Lanes.At(ref lanes.In, lane) = voice.In;
        Lanes.At(ref lanes.Out, lane) = voice.Out;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref DbToATick.State voice, int lane)
    {
        voice.In = (float)Lanes.At(ref lanes.In, lane);
        voice.Out = (float)Lanes.At(ref lanes.Out, lane);
    }

    /// <summary>One frame of every voice; a changed level is converted on every voice and kept where it changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(@in, s.In))
        {
            var changed = Lanes.Changed(@in, s.In);
            s.In = Vector512.ConditionalSelect(changed, @in, s.In);
            s.Out = Vector512.ConditionalSelect(changed, Lanes.RoundToSingle(FastMath.Exp2(@in * Vector512.Create(DbToANode.Log2TenOverTwenty))), s.Out);
        }

        @out = s.Out;
    }
}
