using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The lane form of <see cref="AdsrNode"/>: <see cref="AdsrTick"/> for <see cref="Lanes.Count"/> voices at once. Every
/// frame runs <see cref="LinearEnvelope.Frame"/> branch-free on all voices (gate edges included) and keeps the old state
/// of idle voices (<see cref="LinearEnvelopeLanes"/>); new segment times or sustain are turned into constants out of line.
/// </summary>
public static class AdsrLanes
{
    /// <summary>The fields of <see cref="AdsrTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>Samples the gate has been high, offset on retrigger.</summary>
        public Vector512<double> Held;

        /// <summary>Samples since the gate fell.</summary>
        public Vector512<double> Released;

        /// <summary>Level of the previous frame.</summary>
        public Vector512<double> Level;

        /// <summary>1 when the gate was high in the previous frame.</summary>
        public Vector512<double> LastGate;

        /// <summary>Attack input of the cached constants.</summary>
        public Vector512<double> Attack;

        /// <summary>Decay input of the cached constants.</summary>
        public Vector512<double> Decay;

        /// <summary>Sustain input of the cached constants.</summary>
        public Vector512<double> Sustain;

        /// <summary>Release input of the cached constants.</summary>
        public Vector512<double> Release;

        /// <summary>Attack length in samples, at least 1.</summary>
        public Vector512<double> AttackSamples;

        /// <summary>Release length in samples, at least 1.</summary>
        public Vector512<double> ReleaseSamples;

        /// <summary>1 / AttackSamples.</summary>
        public Vector512<double> InvAttack;

        /// <summary>1 / ReleaseSamples.</summary>
        public Vector512<double> InvRelease;

        /// <summary>Sustain level clamped to [0, 1].</summary>
        public Vector512<double> SustainLevel;

        /// <summary>Fall per sample during the decay.</summary>
        public Vector512<double> DecaySlope;

        /// <summary>Sample rate in Hz.</summary>
        public Vector512<double> Rate;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref AdsrTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Held, lane) = voice.Held;
        Lanes.At(ref lanes.Released, lane) = voice.Released;
        Lanes.At(ref lanes.Level, lane) = voice.Level;
        Lanes.At(ref lanes.LastGate, lane) = voice.LastGate;
        Lanes.At(ref lanes.Attack, lane) = voice.Attack;
        Lanes.At(ref lanes.Decay, lane) = voice.Decay;
        Lanes.At(ref lanes.Sustain, lane) = voice.Sustain;
        Lanes.At(ref lanes.Release, lane) = voice.Release;
        Lanes.At(ref lanes.AttackSamples, lane) = voice.AttackSamples;
        Lanes.At(ref lanes.ReleaseSamples, lane) = voice.ReleaseSamples;
        Lanes.At(ref lanes.InvAttack, lane) = voice.InvAttack;
        Lanes.At(ref lanes.InvRelease, lane) = voice.InvRelease;
        Lanes.At(ref lanes.SustainLevel, lane) = voice.SustainLevel;
        Lanes.At(ref lanes.DecaySlope, lane) = voice.DecaySlope;
        Lanes.At(ref lanes.Rate, lane) = voice.Rate;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref AdsrTick.State voice, int lane)
    {
        voice.Held = Lanes.At(ref lanes.Held, lane);
        voice.Released = Lanes.At(ref lanes.Released, lane);
        voice.Level = Lanes.At(ref lanes.Level, lane);
        voice.LastGate = (int)Lanes.At(ref lanes.LastGate, lane);
        voice.Attack = (float)Lanes.At(ref lanes.Attack, lane);
        voice.Decay = (float)Lanes.At(ref lanes.Decay, lane);
        voice.Sustain = (float)Lanes.At(ref lanes.Sustain, lane);
        voice.Release = (float)Lanes.At(ref lanes.Release, lane);
        voice.AttackSamples = Lanes.At(ref lanes.AttackSamples, lane);
        voice.ReleaseSamples = Lanes.At(ref lanes.ReleaseSamples, lane);
        voice.InvAttack = Lanes.At(ref lanes.InvAttack, lane);
        voice.InvRelease = Lanes.At(ref lanes.InvRelease, lane);
        voice.SustainLevel = Lanes.At(ref lanes.SustainLevel, lane);
        voice.DecaySlope = Lanes.At(ref lanes.DecaySlope, lane);
        voice.Rate = Lanes.At(ref lanes.Rate, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> gate, Vector512<double> attack, Vector512<double> decay, Vector512<double> sustain, Vector512<double> release, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(attack, s.Attack) || Lanes.AnyChanged(decay, s.Decay) || Lanes.AnyChanged(sustain, s.Sustain) || Lanes.AnyChanged(release, s.Release))
        {
            Shape(ref s, attack, decay, sustain, release);
        }

        @out = LinearEnvelopeLanes.Frame(gate, ref s.Held, ref s.Released, ref s.Level, ref s.LastGate, s.AttackSamples, s.ReleaseSamples, s.SustainLevel, s.DecaySlope, s.InvAttack, s.InvRelease);
    }

    /// <summary>LinearEnvelope.Shape for the voices whose attack, decay, sustain or release changed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Shape(ref State s, Vector512<double> attack, Vector512<double> decay, Vector512<double> sustain, Vector512<double> release)
    {
        var changed = Lanes.Changed(attack, s.Attack) | Lanes.Changed(decay, s.Decay) | Lanes.Changed(sustain, s.Sustain) | Lanes.Changed(release, s.Release);
        s.Attack = Vector512.ConditionalSelect(changed, attack, s.Attack);
        s.Decay = Vector512.ConditionalSelect(changed, decay, s.Decay);
        s.Sustain = Vector512.ConditionalSelect(changed, sustain, s.Sustain);
        s.Release = Vector512.ConditionalSelect(changed, release, s.Release);

        var one = Vector512.Create(1.0);
        var attackSamples = Vector512.Max(one, attack * s.Rate);
        var decaySamples = Vector512.Max(one, decay * s.Rate);
        var releaseSamples = Vector512.Max(one, release * s.Rate);

        // Math.Clamp(sustain, 0, 1): NaN passes through, as there.
        var level = Vector512.ConditionalSelect(Vector512.LessThan(sustain, Vector512<double>.Zero), Vector512<double>.Zero, sustain);
        level = Vector512.ConditionalSelect(Vector512.GreaterThan(level, one), one, level);
        s.AttackSamples = Vector512.ConditionalSelect(changed, attackSamples, s.AttackSamples);
        s.ReleaseSamples = Vector512.ConditionalSelect(changed, releaseSamples, s.ReleaseSamples);
        s.InvAttack = Vector512.ConditionalSelect(changed, one / attackSamples, s.InvAttack);
        s.InvRelease = Vector512.ConditionalSelect(changed, one / releaseSamples, s.InvRelease);
        s.SustainLevel = Vector512.ConditionalSelect(changed, level, s.SustainLevel);
        s.DecaySlope = Vector512.ConditionalSelect(changed, (one - level) / decaySamples, s.DecaySlope);
    }
}
