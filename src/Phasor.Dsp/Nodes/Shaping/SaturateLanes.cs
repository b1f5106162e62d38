using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>
/// The lane form of <see cref="SaturateNode"/>: <see cref="SaturateTick"/> for <see cref="Lanes.Count"/> voices at once.
/// A changed drive is turned into gains out of line, voice by voice, with the scalar formulas.
/// </summary>
public static class SaturateLanes
{
    /// <summary>The fields of <see cref="SaturateTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>1 when the output is divided by tanh(drive).</summary>
        public Vector512<double> Compensate;

        /// <summary>Drive of the cached gains.</summary>
        public Vector512<double> Drive;

        /// <summary>Effective drive.</summary>
        public Vector512<double> D;

        /// <summary>Output gain.</summary>
        public Vector512<double> Makeup;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref SaturateTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Compensate, lane) = voice.Compensate;
        Lanes.At(ref lanes.Drive, lane) = voice.Drive;
        Lanes.At(ref lanes.D, lane) = voice.D;
        Lanes.At(ref lanes.Makeup, lane) = voice.Makeup;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref SaturateTick.State voice, int lane)
    {
        voice.Compensate = (int)Lanes.At(ref lanes.Compensate, lane);
        voice.Drive = (float)Lanes.At(ref lanes.Drive, lane);
        voice.D = Lanes.At(ref lanes.D, lane);
        voice.Makeup = Lanes.At(ref lanes.Makeup, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> drive, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(drive, s.Drive))
        {
            Update(ref s, drive);
        }

        @out = Lanes.RoundToSingle(FastMath.Tanh(s.D * @in) * s.Makeup);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, Vector512<double> drive)
    {
        var changed = Lanes.Changed(drive, s.Drive);
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (Lanes.Has(changed, i))
            {
                var compensate = s.Compensate[i] != 0;
                var d = SaturateNode.Effective(drive[i], compensate);
                Lanes.At(ref s.Drive, i) = drive[i];
                Lanes.At(ref s.D, i) = d;
                Lanes.At(ref s.Makeup, i) = SaturateNode.Makeup(d, compensate);
            }
        }
    }
}
