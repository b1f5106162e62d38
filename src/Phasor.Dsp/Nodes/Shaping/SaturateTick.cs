using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>The per-sample form of <see cref="SaturateNode"/>: the effective drive and make-up gain are recomputed only when the drive changes.</summary>
public static class SaturateTick
{
    /// <summary>The compensate choice, the last drive seen and what follows from it.</summary>
    public struct State
    {
        /// <summary>1 when the output is divided by tanh(drive).</summary>
        public int Compensate;

        /// <summary>Drive input of the cached values (NaN before the first frame).</summary>
        public float Drive;

        /// <summary>Effective drive for <see cref="Drive"/>.</summary>
        public double D;

        /// <summary>Make-up gain for <see cref="D"/>.</summary>
        public double Makeup;
    }

    /// <summary>Reads the compensate choice.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Compensate = setup.Params.Choice("compensate");
        s.Drive = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float drive, out float @out)
    {
        if (drive != s.Drive)
        {
            Update(ref s, drive);
        }

        @out = (float)(FastMath.Tanh(s.D * @in) * s.Makeup);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float drive)
    {
        var compensate = s.Compensate != 0;
        s.Drive = drive;
        s.D = SaturateNode.Effective(drive, compensate);
        s.Makeup = SaturateNode.Makeup(s.D, compensate);
    }
}
