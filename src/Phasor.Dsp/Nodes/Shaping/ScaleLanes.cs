using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="ScaleNode"/>: <see cref="ScaleTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class ScaleLanes
{
    /// <summary>The fields of <see cref="ScaleTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>inMin of the cached slope.</summary>
        public Vector512<double> InMin;

        /// <summary>inMax of the cached slope.</summary>
        public Vector512<double> InMax;

        /// <summary>outMin of the cached slope.</summary>
        public Vector512<double> OutMin;

        /// <summary>outMax of the cached slope.</summary>
        public Vector512<double> OutMax;

        /// <summary>Slope for the cached bounds.</summary>
        public Vector512<double> Slope;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref ScaleTick.State voice, int lane)
    {
        Lanes.At(ref lanes.InMin, lane) = voice.InMin;
        Lanes.At(ref lanes.InMax, lane) = voice.InMax;
        Lanes.At(ref lanes.OutMin, lane) = voice.OutMin;
        Lanes.At(ref lanes.OutMax, lane) = voice.OutMax;
        Lanes.At(ref lanes.Slope, lane) = voice.Slope;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref ScaleTick.State voice, int lane)
    {
        voice.InMin = (float)Lanes.At(ref lanes.InMin, lane);
        voice.InMax = (float)Lanes.At(ref lanes.InMax, lane);
        voice.OutMin = (float)Lanes.At(ref lanes.OutMin, lane);
        voice.OutMax = (float)Lanes.At(ref lanes.OutMax, lane);
        voice.Slope = Lanes.At(ref lanes.Slope, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> inMin, Vector512<double> inMax, Vector512<double> outMin, Vector512<double> outMax, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(inMin, s.InMin) || Lanes.AnyChanged(inMax, s.InMax) || Lanes.AnyChanged(outMin, s.OutMin) || Lanes.AnyChanged(outMax, s.OutMax))
        {
            Update(ref s, inMin, inMax, outMin, outMax);
        }

        // ScaleNode.Map.
        @out = Lanes.RoundToSingle(outMin + ((@in - inMin) * s.Slope));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, Vector512<double> inMin, Vector512<double> inMax, Vector512<double> outMin, Vector512<double> outMax)
    {
        var changed = Lanes.Changed(inMin, s.InMin) | Lanes.Changed(inMax, s.InMax) | Lanes.Changed(outMin, s.OutMin) | Lanes.Changed(outMax, s.OutMax);

        // ScaleNode.Slope.
        var slope = Vector512.ConditionalSelect(Vector512.Equals(inMax, inMin), Vector512<double>.Zero, (outMax - outMin) / (inMax - inMin));
        s.InMin = Vector512.ConditionalSelect(changed, inMin, s.InMin);
        s.InMax = Vector512.ConditionalSelect(changed, inMax, s.InMax);
        s.OutMin = Vector512.ConditionalSelect(changed, outMin, s.OutMin);
        s.OutMax = Vector512.ConditionalSelect(changed, outMax, s.OutMax);
        s.Slope = Vector512.ConditionalSelect(changed, slope, s.Slope);
    }
}
