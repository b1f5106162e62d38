using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>The per-sample form of <see cref="FollowerNode"/>: each coefficient is recomputed only when its time changes.</summary>
public static class FollowerTick
{
    /// <summary>The level, the last times seen and their coefficients.</summary>
    public struct State
    {
        /// <summary>Output of the previous frame.</summary>
        public double Level;

        /// <summary>Attack time of <see cref="Up"/> (NaN before the first frame).</summary>
        public float Attack;

        /// <summary>Release time of <see cref="Down"/> (NaN before the first frame).</summary>
        public float Release;

        /// <summary>One-pole coefficient while rising.</summary>
        public double Up;

        /// <summary>One-pole coefficient while falling.</summary>
        public double Down;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;
    }

    /// <summary>Level 0, no coefficients cached.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Attack = float.NaN;
        s.Release = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float attack, float release, out float @out)
    {
        if (attack != s.Attack || release != s.Release)
        {
            Update(ref s, attack, release);
        }

        var x = Math.Abs((double)@in);
        var level = s.Level;
        level += (x - level) * (x > level ? s.Up : s.Down);
        level = Denormals.Flush(level);
        s.Level = level;
        @out = (float)level;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, float attack, float release)
    {
        if (attack != s.Attack)
        {
            s.Attack = attack;
            s.Up = FollowerNode.Coefficient(attack, s.Rate);
        }

        if (release != s.Release)
        {
            s.Release = release;
            s.Down = FollowerNode.Coefficient(release, s.Rate);
        }
    }
}
