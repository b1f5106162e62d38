namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The responses of the <c>biquad</c> node, in the order of its <c>mode</c> choice.</summary>
internal enum BiquadMode
{
    /// <summary>Second-order low-pass; |H(fc)| = Q.</summary>
    LowPass,

    /// <summary>Second-order high-pass; |H(fc)| = Q.</summary>
    HighPass,

    /// <summary>Band-pass with a constant 0 dB peak at the centre.</summary>
    BandPass,

    /// <summary>Band-reject with a zero at the centre.</summary>
    Notch,

    /// <summary>Peaking equaliser: +db at the centre, 0 dB far away.</summary>
    Peak,

    /// <summary>Low shelf: +db below the corner, 0 dB above.</summary>
    LowShelf,

    /// <summary>High shelf: +db above the corner, 0 dB below.</summary>
    HighShelf,
}
