using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="AdsrNode"/>: the segment constants are recomputed only when a time or the sustain changes.</summary>
public static class AdsrTick
{
    /// <summary>The <see cref="LinearEnvelope"/> counters, the last control inputs seen and the constants derived from them.</summary>
    public struct State
    {
        /// <summary>Samples the gate has been high, offset on retrigger.</summary>
        public double Held;

        /// <summary>Samples since the gate fell.</summary>
        public double Released;

        /// <summary>Level of the previous frame.</summary>
        public double Level;

        /// <summary>1 when the gate was high in the previous frame.</summary>
        public int LastGate;

        /// <summary>Attack input of the cached constants (NaN before the first frame).</summary>
        public float Attack;

        /// <summary>Decay input of the cached constants.</summary>
        public float Decay;

        /// <summary>Sustain input of the cached constants.</summary>
        public float Sustain;

        /// <summary>Release input of the cached constants.</summary>
        public float Release;

        /// <summary>Attack length in samples, at least 1.</summary>
        public double AttackSamples;

        /// <summary>Release length in samples, at least 1.</summary>
        public double ReleaseSamples;

        /// <summary>1 / AttackSamples.</summary>
        public double InvAttack;

        /// <summary>1 / ReleaseSamples.</summary>
        public double InvRelease;

        /// <summary>Sustain level clamped to [0, 1].</summary>
        public double SustainLevel;

        /// <summary>Fall per sample during the decay.</summary>
        public double DecaySlope;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;
    }

    /// <summary>Idle, with no constants cached yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Attack = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float gate, float attack, float decay, float sustain, float release, out float @out)
    {
        Follow(ref s, attack, decay, sustain, release);
        var on = gate > 0f;
        if (!on && s.Held == 0)
        {
            // Idle: the frame computes a level of exactly 0 and changes nothing else, so skip the divisions.
            s.LastGate = 0;
            @out = 0f;
            return;
        }

        s.Level = LinearEnvelope.Frame(on, s.LastGate != 0, ref s.Held, ref s.Released, s.Level, s.AttackSamples, s.ReleaseSamples, s.SustainLevel, s.DecaySlope, new Reciprocals(s.InvAttack, s.InvRelease));
        s.LastGate = on ? 1 : 0;
        @out = (float)s.Level;
    }

    /// <summary>Recomputes the segment constants when a time or the sustain differs from the cached inputs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Follow(ref State s, float attack, float decay, float sustain, float release)
    {
        if (attack != s.Attack || decay != s.Decay || sustain != s.Sustain || release != s.Release)
        {
            s = Shape(s, attack, decay, sustain, release);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static State Shape(State s, float attack, float decay, float sustain, float release)
    {
        s.Attack = attack;
        s.Decay = decay;
        s.Sustain = sustain;
        s.Release = release;
        double level = sustain;
        LinearEnvelope.Shape(attack * s.Rate, decay * s.Rate, ref level, release * s.Rate, out s.AttackSamples, out s.ReleaseSamples, out s.DecaySlope, out var reciprocals);
        (s.InvAttack, s.InvRelease) = (reciprocals.Attack, reciprocals.Release);
        s.SustainLevel = level;

        return s;
    }
}
