using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The lane form of <see cref="XfadeNode"/>: <see cref="XfadeTick"/> for <see cref="Lanes.Count"/> voices at once.</summary>
public static class XfadeLanes
{
    /// <summary>The fields of <see cref="XfadeTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Mix of the cached gains.</summary>
        public Vector512<double> Mix;

        /// <summary>Gain of a.</summary>
        public Vector512<double> A;

        /// <summary>Gain of b.</summary>
        public Vector512<double> B;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref XfadeTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Mix, lane) = voice.Mix;
        Lanes.At(ref lanes.A, lane) = voice.A;
        Lanes.At(ref lanes.B, lane) = voice.B;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref XfadeTick.State voice, int lane)
    {
        voice.Mix = (float)Lanes.At(ref lanes.Mix, lane);
        voice.A = Lanes.At(ref lanes.A, lane);
        voice.B = Lanes.At(ref lanes.B, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> a, Vector512<double> b, Vector512<double> mix, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(mix, s.Mix))
        {
            Update(ref s, mix);
        }

        @out = Lanes.RoundToSingle((a * s.A) + (b * s.B));
    }

    /// <summary><see cref="XfadeNode.Gains"/> on every voice, kept where the mix changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Update(ref State s, Vector512<double> mix)
    {
        var changed = Lanes.Changed(mix, s.Mix);
        var one = Vector512.Create(1.0);

        // Math.Clamp(mix, 0, 1): NaN passes through.
        var clamped = Vector512.ConditionalSelect(Vector512.GreaterThan(mix, one), one, mix);
        clamped = Vector512.ConditionalSelect(Vector512.LessThan(mix, Vector512<double>.Zero), Vector512<double>.Zero, clamped);
        FastMath.SinCosCycles(clamped * Vector512.Create(0.25), out var gainB, out var gainA);
        s.Mix = Vector512.ConditionalSelect(changed, mix, s.Mix);
        s.A = Vector512.ConditionalSelect(changed, gainA, s.A);
        s.B = Vector512.ConditionalSelect(changed, gainB, s.B);
    }
}
