using System.Runtime.InteropServices;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The state of one band-limited oscillator in tick form (<see cref="BlepOscillator.Tick{TShape}"/>): the locals of the
/// block loop, kept between frames. The <c>State</c> of <see cref="SawTick"/>, <see cref="SquareTick"/>,
/// <see cref="PulseTick"/> and <see cref="TriangleTick"/> is one of these; its fields are the oscillator's own business.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct BlepVoice
{
    /// <summary>Phase in [0, 1).</summary>
    internal double Phase;

    /// <summary>Cycles per sample from the previous frame's frequency.</summary>
    internal double Increment;

    /// <summary>Phase modulation of the previous frame.</summary>
    internal double LastPm;

    /// <summary>Sync input of the previous frame.</summary>
    internal double LastSync;

    /// <summary>Clamped width of the previous frame (0.5 for shapes without one).</summary>
    internal double LastWidth;

    /// <summary>The samples still being corrected; <see cref="BlepTaps.Next"/> is zero between frames.</summary>
    internal BlepTaps Taps;

    /// <summary>Seconds per frame.</summary>
    internal double InvRate;

    /// <summary>1 once the first frame has set the phase offset.</summary>
    internal int Started;
}
