namespace Phasor.Dsp.Tests.Support;

/// <summary>
/// Inputs for the lane-form differential tests: for each port, eight voices' worth of signals that differ per voice and
/// include the cases a compiled patch feeds: held constants, per-sample modulation (FM of the oscillators, a cutoff
/// sweeping every sample), gates toggling at different rates and in the middle of envelope stages, control inputs
/// that change mid-run, and values outside the ports' ranges. Every value is a float, as on a wire.
/// </summary>
internal static class LaneSignals
{
    /// <summary>Sample rate of each voice.</summary>
    public static readonly double[] Rates = [48000, 44100, 96000, 48000, 22050, 48000, 192000, 32000];

    private const double Tau = 2 * Math.PI;

    /// <summary>The signal of <paramref name="port"/> of node type <paramref name="type"/>: [voice][frame].</summary>
    public static float[][] Render(string type, string port, int frames)
    {
        var f = For(type, port);
        return Enumerable.Range(0, Rates.Length)
            .Select(l => Enumerable.Range(0, frames).Select(n => (float)f(l, n)).ToArray())
            .ToArray();
    }

    private static Func<int, int, double> For(string type, string port) => (type, port) switch
    {
        ("clock", "freq") => ClockFreq,
        ("clock", "bpm") => ClockBpm,
        (_, "freq") => OscillatorFreq,
        (_, "pm") => Pm,
        (_, "sync") => Sync,
        (_, "width") => Width,
        (_, "cutoff") => Cutoff,
        (_, "q") => Q,
        ("saturate", "drive") => (l, n) => l == 7 ? 1 + (n / 100) : l == 6 ? 3 + Math.Sin(Tau * n / 500) : Pick(l, 1, 0, 4, 100, 0.5, 1000, 0, 0),
        (_, "drive") => Drive,
        ("ladder", "saturate") => (l, n) => l == 6 ? (n / 1000) % 2 : Pick(l, 1, 0, 0.5, 1, 0, 0.25, 0, 1),
        (_, "gate") => Gate,
        (_, "attack") => (l, n) => Pick(l, 0.005, 0.001, n < 2500 ? 0.02 : 0.004, 0, 0.01, 0.002, 0.05, 0.003),
        (_, "decay") => (l, n) => Pick(l, 0.01, 0.005, 0.002, 0.1, 0, 0.02, 0.01, 0.004),
        (_, "sustain") => (l, n) => Pick(l, 0.5, 0.8, 0, 1, 0.3, 1.5, 0.6, -0.2),
        (_, "release") => (l, n) => Pick(l, 0.02, 0.003, 0.01, 0.05, 0.001, 0, 0.03, 0.006 * (1 + (n / 1000))),
        (_, "rise") => (l, n) => l == 7 ? 0.001 * (1 + (n / 700)) : Pick(l, 0.01, 0, 0.001, 0.1, 0.0005, 1, 0.002, 0),
        (_, "fall") => (l, n) => l == 6 ? 0.001 * (1 + (n / 900)) : Pick(l, 0.02, 0.001, 0, 0.1, 0.0005, 0.003, 0, 0),
        (_, "level") => (l, n) => l == 6 ? Math.Sin(Tau * n / 700) : Pick(l, 1, 0.5, -1, 2, 0, 1.25, 0, 1e3),
        (_, "db") => Db,
        ("pow", "a") => (l, n) => Pick(l, 2, 1, 3, 0, 0.5, 10, 1.5, 4) * Noise(l, n) + Pick(l, 0, 1.5, -1, 0, 0, 0, 0, 4),
        ("pow", "b") => (l, n) => l == 7 ? -3 + (n / 1000.0) : Pick(l, 2, 3, -1, 0.5, 1.5, 0, 7, 0),
        (_, "inMin") => (l, n) => l == 6 ? Math.Sin(Tau * n / 300) : Pick(l, -1, 0, -1, 5, -1, 0.25, 0, -1),
        (_, "inMax") => (l, n) => l == 6 ? 1 + (n % 7) : Pick(l, 1, 1, 1, 5, 3, 0.75, 0, 1),
        (_, "outMin") => (l, n) => Pick(l, 0, 200, -5, 1, 0, -1, 3, 100),
        (_, "outMax") => (l, n) => l == 6 ? n / 10.0 : Pick(l, 1, 2000, 5, 2, -4, 1, 4, 8000),
        ("mtof", "in") => (l, n) => l switch { 0 => 69, 1 => 40 + (n / 100.0), 2 => 1000, 3 => -1000, _ => 60 + (30 * Noise(l, n)) },
        ("dbtoa", "in") => (l, n) => l switch { 0 => 0, 1 => -6 + (n / 500), 2 => 700, 3 => -1000, _ => 40 * Noise(l, n) },
        (_, "mix") => (l, n) => l switch { 3 => 0.5 + (0.6 * Math.Sin(Tau * n / 900)), 6 => n / 6000.0, 7 => 0.25 * (n / 1500), _ => Pick(l, 0, 1, 0.5, 0, -0.5, 2, 0, 0) },
        (_, "min") => (l, n) => l == 3 ? Math.Sin(Tau * n / 800) : Pick(l, -1, -0.5, 0.3, 0, -2, 0, -1, 1),
        (_, "max") => (l, n) => l == 3 ? 0.5 + Math.Sin(Tau * n / 1100) : Pick(l, 1, 0.5, 0.2, 0, 2, -0.0, 3, -1),
        (_, "pos") => (l, n) => l switch { 3 => Math.Sin(Tau * n / 700), 6 => -1.5 + (n / 2000.0), 7 => 0.25 * ((n / 900) % 5) - 0.5, _ => Pick(l, 0, -1, 1, 0, 0.3, -0.0, 2, 0) },
        (_, "fold") => (l, n) => l switch { 2 => 1 + (4 * Math.Abs(Math.Sin(Tau * n / 1300))), 5 => n / 60.0, 7 => (n / 700) % 3, _ => Pick(l, 1, 0, 0, 3.5, 100, 0, 1.5, 0) },
        (_, "limit") => (l, n) => l == 3 ? Math.Sin(Tau * n / 800) : l == 7 ? n / 3000.0 : Pick(l, 1, 0.5, -0.3, 0, 0, 1e6, 0.01, 0),
        ("freeverb", "feedback") => (l, n) => l == 5 ? 0.9 * Math.Sin(Tau * n / 1700) : Pick(l, 0.84, 0.5, 0, 0.99, -0.7, 0, 1.2, 0.3),
        ("freeverb", "allpassFeedback") => (l, n) => l == 6 ? 0.5 + (0.4 * Math.Sin(Tau * n / 900)) : Pick(l, 0.5, 0.3, -0.5, 0.9, 0, 0.5, 0, 2),
        ("freeverb", "damp") => (l, n) => l == 7 ? (n / 3000) * 0.5 : Pick(l, 0.2, 0, 1, 0.5, 0.9, -0.2, 0.4, 0),

        // Silent stretches (voice 2 after frame 3000, voice 3 from frame 1000) let the reverb go quiet and start again.
        ("freeverb", "left" or "right") => (l, n) => (l == 2 && n >= 3000 && n < 4500) || (l == 3 && n >= 1000 && n < 5000) ? 0 : Audio(l, n, port.Length),
        (_, "in" or "a" or "b" or "in1" or "in2" or "in3" or "in4" or "in5" or "in6" or "in7" or "in8") => (l, n) => Audio(l, n, (port.Length * 31) + port[^1]),
        _ => throw new InvalidOperationException($"No test signal for {type}.{port}: add one to {nameof(LaneSignals)}."),
    };

    private static double Pick(int lane, params double[] values) => values[lane];

    /// <summary>Deterministic noise in [-1, 1] per voice and frame.</summary>
    private static double Noise(int lane, int frame, int salt = 0)
    {
        var h = ((uint)frame * 2654435761u) ^ ((uint)(lane + 1) * 40503u) ^ (uint)salt;
        h ^= h >> 15;
        h *= 2246822519u;
        h ^= h >> 13;
        return ((h & 0xFFFFFF) / (double)0x800000) - 1.0;
    }

    /// <summary>Noise with a different level per voice; voice 3 falls silent after 1000 frames so the state decays towards denormals.</summary>
    private static double Audio(int lane, int n, int salt) =>
        lane == 3 && n >= 1000 ? 0 : Pick(lane, 1, 0.5, 0.1, 1, 2, 1e-3, 10, 3e38) * Noise(lane, n, salt);

    /// <summary>FM every sample on most voices; one held; one swept through zero (the phase runs backwards); one above its sample rate at times.</summary>
    private static double OscillatorFreq(int lane, int n) => lane switch
    {
        4 => 3000,
        5 => 7000 * Math.Sin(Tau * n * 5 / 48000),
        6 => 60000,
        7 => (n / 1000) % 2 == 0 ? 50 : 40000,
        _ => Pick(lane, 110, 220.5, 440, 1000) * (1 + (0.5 * Math.Sin(Tau * n * (3 + lane) / 48000))),
    };

    private static double Pm(int lane, int n) => lane switch
    {
        4 => 0.3 * Math.Sin(Tau * n * 7 / 48000),
        5 => 0.25 * ((n / 333) % 4),
        7 => n * 0.001,
        _ => 0,
    };

    /// <summary>Mostly unconnected; a gate-like pulse train, a zero-crossing sine, and a negative constant on three voices.</summary>
    private static double Sync(int lane, int n) => lane switch
    {
        3 => -1,
        5 => n % 700 < 10 ? 1 : 0,
        7 => Math.Sin(Tau * n * 90 / 48000),
        _ => 0,
    };

    private static double Width(int lane, int n) =>
        lane == 7 ? 1.2 : lane % 2 == 0 ? 0.5 + (0.45 * Math.Sin(Tau * n * (lane + 1) / 9600)) : 0.1 * lane;

    /// <summary>Sweeps every sample (an exponential LFO, an envelope-like ramp); one held; one below 1 Hz, then above 0.49·rate.</summary>
    private static double Cutoff(int lane, int n) => lane switch
    {
        5 => 200 + (4000 * Math.Abs(((n / 900.0) % 2) - 1)),
        6 => 1000,
        7 => n < 3000 ? 0 : 30000,
        _ => 20 * Math.Pow(1000, 0.5 + (0.5 * Math.Sin(Tau * n * (lane + 1) / 12000))),
    };

    private static double Q(int lane, int n) =>
        lane == 7 ? 15 + (15 * Math.Sin(Tau * n / 5000)) : Pick(lane, 0.7071, 2, 5, 10, 25, 40, 0.1, 0);

    private static double Drive(int lane, int n) =>
        lane == 7 ? 4 + (3.5 * Math.Sin(Tau * n / 3000)) : Pick(lane, 1, 1, 1, 4, 0.5, 1, 10, 0);

    /// <summary>Gates: long and short periods, toggling mid-attack and mid-decay, held on, never on, one-frame triggers, a level of 0.5, a sine.</summary>
    private static double Gate(int lane, int n) => lane switch
    {
        0 => n % 3000 < 1500 ? 1 : 0,
        1 => n % 517 < 155 ? 1 : 0,
        2 => n % 97 < 48 ? 1 : 0,
        3 => 1,
        4 => 0,
        5 => n % 400 == 0 ? 1 : 0,
        6 => n % 2400 < 1920 ? 0.5 : 0,
        _ => Math.Sin(Tau * n / 1300),
    };

    /// <summary>Held control rates, one that steps, one that is 0 and then starts, one faster than its sample rate.</summary>
    private static double ClockFreq(int lane, int n) => lane switch
    {
        0 => 20 + (10 * (n / 100)),
        1 => n < 3000 ? 50 : 80,
        _ => Pick(lane, 0, 0, 200, 0, 1000, 7, 100000, 48000),
    };

    private static double ClockBpm(int lane, int n) => lane switch
    {
        3 => n < 2000 ? 0 : 600,
        5 => 1200,
        _ => 0,
    };

    private static double Db(int lane, int n) => lane switch
    {
        5 => -24 + (3 * (n / 500)),
        6 => -20 + (20 * Math.Sin(Tau * n / 1000)),
        _ => Pick(lane, 0, -6, 6, -200, 60, 0, 0, 0),
    };
}
