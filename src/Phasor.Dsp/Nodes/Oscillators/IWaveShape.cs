namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// One waveform for <see cref="BlepOscillator"/>: its naive value and slope over a cycle, and where it jumps or bends.
/// Implemented by structs so the generic render loop is specialised per shape, with no virtual calls.
/// Phases are in cycles; a cycle starts where <c>sine</c> crosses zero going up.
/// </summary>
internal interface IWaveShape
{
    /// <summary>True when the shape reads the <c>width</c> input (port 3).</summary>
    static abstract bool UsesWidth { get; }

    /// <summary>The naive value at <paramref name="phase"/> in [0, 1).</summary>
    static abstract double Value(double phase, double width);

    /// <summary>d value / d phase at <paramref name="phase"/>, per cycle.</summary>
    static abstract double Slope(double phase, double width);

    /// <summary>
    /// Band-limits the jumps and corners that the phase passes while moving from <paramref name="from"/> to
    /// <paramref name="to"/> (unwrapped, less than a cycle apart) between fractions <paramref name="t0"/> and
    /// <paramref name="t1"/> of the sample interval, moving <paramref name="speed"/> cycles per sample.
    /// The width moves linearly from <paramref name="widthFrom"/> to <paramref name="widthTo"/> meanwhile.
    /// </summary>
    static abstract void Bandlimit(ref BlepTaps taps, double from, double to, double widthFrom, double widthTo, double t0, double t1, double speed);
}
