using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>
/// <see cref="BlepVoice"/> for <see cref="Phasor.Dsp.Kernels.Lanes.Count"/> voices: each field holds one voice per
/// element (the taps flattened). The lane state of the band-limited oscillators; its fields are their own business.
/// </summary>
public struct BlepLaneVoice
{
    /// <summary>Phase in [0, 1).</summary>
    internal Vector512<double> Phase;

    /// <summary>Cycles per sample from the previous frame's frequency.</summary>
    internal Vector512<double> Increment;

    /// <summary>Phase modulation of the previous frame.</summary>
    internal Vector512<double> LastPm;

    /// <summary>Sync input of the previous frame.</summary>
    internal Vector512<double> LastSync;

    /// <summary>Clamped width of the previous frame.</summary>
    internal Vector512<double> LastWidth;

    /// <summary><see cref="BlepTaps.Older"/>.</summary>
    internal Vector512<double> Older;

    /// <summary><see cref="BlepTaps.Old"/>.</summary>
    internal Vector512<double> Old;

    /// <summary><see cref="BlepTaps.Now"/>.</summary>
    internal Vector512<double> Now;

    /// <summary><see cref="BlepTaps.Next"/>.</summary>
    internal Vector512<double> Next;

    /// <summary>Seconds per frame.</summary>
    internal Vector512<double> InvRate;

    /// <summary>1 once the first frame has set the phase offset.</summary>
    internal Vector512<double> Started;
}
