using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The gate-driven linear attack/decay/sustain/release generator that <c>adsr</c> and <c>ar</c> share.
/// It follows Faust's <c>en.adsr(at, dt, sl, rt, gate)</c> (envelopes.lib, Orlarey and Bundin) sample for sample:
/// a sample counter runs while the gate is high and the attack-decay-sustain curve is a function of it
/// (<c>min(n/an, max(1 - (n - an)·(1 - sl)/dn, sl))</c>, with <c>an</c>, <c>dn</c>, <c>rn</c> the segment
/// lengths in samples, at least 1); after the gate falls that curve is frozen and multiplied by
/// <c>1 - k/rn</c>, so the release is linear from the current level and lasts <c>rt</c> whatever the level.
/// All segments are linear, as in Faust.
/// Two deliberate departures: the gate is a boolean (<c>&gt; 0</c>), where Faust's counter adds the gate's value;
/// and a new gate while the envelope is still above zero restarts the attack from the current level
/// (the counter is set to <c>level·an</c>) instead of from zero, so a retrigger does not click.
/// </summary>
internal static class LinearEnvelope
{
    /// <summary>Doubles of state the generator needs.</summary>
    public const int StateSize = 4;

    /// <summary>
    /// Renders <paramref name="output"/> from <paramref name="gate"/>.
    /// <paramref name="attack"/>, <paramref name="decay"/> and <paramref name="release"/> are in samples.
    /// </summary>
    public static void Render(Span<double> state, ReadOnlySpan<float> gate, bool gateConstant, Span<float> output, double attack, double decay, double sustain, double release)
    {
        Shape(attack, decay, ref sustain, release, out var an, out var rn, out var decaySlope, out var reciprocals);

        var held = state[Slots.Held];
        var released = state[Slots.Released];
        var lastGate = state[Slots.LastGate] > 0;

        // Idle and staying idle: the whole block is silence.
        if (gateConstant && gate[0] <= 0f && !lastGate && held == 0)
        {
            output.Clear();
            return;
        }

        var level = state[Slots.Level];
        for (var i = 0; i < output.Length; i++)
        {
            var on = gate[i] > 0f;
            level = Frame(on, lastGate, ref held, ref released, level, an, rn, sustain, decaySlope, reciprocals);
            lastGate = on;
            output[i] = (float)level;
        }

        state[Slots.Held] = held;
        state[Slots.Released] = released;
        state[Slots.LastGate] = lastGate ? 1 : 0;
        state[Slots.Level] = level;
    }

    /// <summary>
    /// The segment constants <see cref="Frame"/> takes, from times in samples: segment lengths of at least 1 sample,
    /// the sustain level clamped to [0, 1] (in place), and the fall per sample of the decay.
    /// </summary>
    public static void Shape(double attack, double decay, ref double sustain, double release, out double attackSamples, out double releaseSamples, out double decaySlope, out Reciprocals reciprocals)
    {
        attackSamples = Math.Max(1.0, attack);
        var dn = Math.Max(1.0, decay);
        releaseSamples = Math.Max(1.0, release);

        // Frame multiplies by these rather than dividing twice per sample.
        reciprocals = new Reciprocals(1.0 / attackSamples, 1.0 / releaseSamples);
        sustain = Math.Clamp(sustain, 0.0, 1.0);
        decaySlope = (1.0 - sustain) / dn;
    }

    /// <summary>
    /// One frame of the generator: updates the counters and returns the new level. <paramref name="attackSamples"/> and
    /// <paramref name="releaseSamples"/> are at least 1, <paramref name="sustain"/> is clamped to [0, 1] and
    /// <paramref name="decaySlope"/> is <c>(1 - sustain) / decaySamples</c>. Shared by <see cref="Render"/> and the tick forms.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Frame(bool on, bool wasOn, ref double held, ref double released, double level, double attackSamples, double releaseSamples, double sustain, double decaySlope, Reciprocals reciprocals)
    {
        if (on)
        {
            if (!wasOn)
            {
                // Faust restarts the counter at zero; starting it where the curve equals the current level keeps a retrigger continuous.
                held = level * attackSamples;
            }

            held += 1.0;
            released = 0;
        }
        else if (released < releaseSamples && held > 0)
        {
            // Counting only while there is something to release keeps the state the same whether or not idle blocks took the fast path.
            released += 1.0;
        }

        var ads = Math.Min(held * reciprocals.Attack, Math.Max(1.0 - ((held - attackSamples) * decaySlope), sustain));
        level = Math.Max(0.0, ads * (1.0 - (released * reciprocals.Release)));
        if (!on && level == 0)
        {
            // Release finished: forget the attack so a later gate starts from zero, as Faust's does.
            held = 0;
        }

        return level;
    }

    private static class Slots
    {
        /// <summary>Samples the gate has been high (Faust's <c>atime</c>), offset on retrigger.</summary>
        public const int Held = 0;

        /// <summary>Samples since the gate fell (Faust's <c>rtime</c>), capped at the release length.</summary>
        public const int Released = 1;

        public const int LastGate = 2, Level = 3;
    }
}
