namespace Phasor.Dsp.Oversampling;

/// <summary>
/// The FIR half of one halfband stage with its taps written out, so the generic stage code
/// (<see cref="HalfbandStage{TTaps}"/>) is compiled once per stage with the window length, the latency and every
/// tap a constant, and no loop over the taps. <see cref="HalfbandTaps"/> holds the three stages of <see cref="Oversampler"/>.
/// </summary>
internal interface IHalfbandTaps
{
    /// <summary>k of the design: 4k+3 taps, k+1 distinct FIR taps over a window of 2k+2 values.</summary>
    static abstract int Order { get; }

    /// <summary>
    /// The symmetric FIR over the 2k+2 values from <paramref name="window"/> on: the same sum, in the same order
    /// (tap 0 first), as <see cref="HalfbandFilter"/>'s loop, so the result is bit-identical.
    /// </summary>
    static abstract double Convolve(ref double window);
}
