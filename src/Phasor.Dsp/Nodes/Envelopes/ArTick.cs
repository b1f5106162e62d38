using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="ArNode"/>: <see cref="AdsrTick"/> with a decay of 1 sample and a sustain of 1.</summary>
public static class ArTick
{
    /// <summary>The <see cref="LinearEnvelope"/> counters, the last times seen and the lengths derived from them.</summary>
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

        /// <summary>Attack input of the cached lengths (NaN before the first frame).</summary>
        public float Attack;

        /// <summary>Release input of the cached lengths.</summary>
        public float Release;

        /// <summary>Attack length in samples, at least 1.</summary>
        public double AttackSamples;

        /// <summary>Release length in samples, at least 1.</summary>
        public double ReleaseSamples;

        /// <summary>1 / AttackSamples.</summary>
        public double InvAttack;

        /// <summary>1 / ReleaseSamples.</summary>
        public double InvRelease;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;
    }

    /// <summary>Idle, with no lengths cached yet.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Attack = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float gate, float attack, float release, out float @out)
    {
        if (attack != s.Attack || release != s.Release)
        {
            Shape(ref s, attack, release);
        }

        var on = gate > 0f;
        if (!on && s.Held == 0)
        {
            // Idle: the frame computes a level of exactly 0 and changes nothing else, so skip the divisions.
            s.LastGate = 0;
            @out = 0f;
            return;
        }

        // A sustain of 1 makes the decay slope 0, so the curve holds 1 after the attack.
        s.Level = LinearEnvelope.Frame(on, s.LastGate != 0, ref s.Held, ref s.Released, s.Level, s.AttackSamples, s.ReleaseSamples, 1.0, 0.0, new Reciprocals(s.InvAttack, s.InvRelease));
        s.LastGate = on ? 1 : 0;
        @out = (float)s.Level;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Shape(ref State s, float attack, float release)
    {
        s.Attack = attack;
        s.Release = release;
        var sustain = 1.0;
        LinearEnvelope.Shape(attack * s.Rate, 1, ref sustain, release * s.Rate, out s.AttackSamples, out s.ReleaseSamples, out _, out var reciprocals);
        (s.InvAttack, s.InvRelease) = (reciprocals.Attack, reciprocals.Release);
    }
}
