using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// The state of one band-limited oscillator in tick form (<see cref="BlepOscillator.Tick{TShape}"/>): the locals of the
/// block loop, kept between frames. The public <c>State</c> of <see cref="SawTick"/>, <see cref="SquareTick"/>,
/// <see cref="PulseTick"/> and <see cref="TriangleTick"/> repeats these fields in this order (the taps as four doubles),
/// so each is viewed as a <see cref="BlepVoice"/> in place; the tick contract allows only primitive fields there.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct BlepVoice
{
    /// <summary>Phase in [0, 1).</summary>
    public double Phase;

    /// <summary>Cycles per sample from the previous frame's frequency.</summary>
    public double Increment;

    /// <summary>Phase modulation of the previous frame.</summary>
    public double LastPm;

    /// <summary>Sync input of the previous frame.</summary>
    public double LastSync;

    /// <summary>Clamped width of the previous frame (0.5 for shapes without one).</summary>
    public double LastWidth;

    /// <summary>The samples still being corrected; <see cref="BlepTaps.Next"/> is zero between frames.</summary>
    public BlepTaps Taps;

    /// <summary>Seconds per frame.</summary>
    public double InvRate;

    /// <summary>1 once the first frame has set the phase offset.</summary>
    public int Started;

    /// <summary>Views a tick's <c>State</c>, which must repeat this struct's fields in order, as a voice, in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref BlepVoice Of<TState>(ref TState state)
        where TState : struct => ref Unsafe.As<TState, BlepVoice>(ref state);
}
