using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Nodes.Oscillators;

/// <summary>A <see cref="IWaveShape"/> that <see cref="BlepLanes"/> can run on several voices at once.</summary>
internal interface ILaneWaveShape : IWaveShape
{
    /// <summary><see cref="IWaveShape.Value"/> on every element, bit for bit.</summary>
    static abstract Vector512<double> Value(Vector512<double> phase, Vector512<double> width);

    /// <summary>
    /// Set for every voice whose motion from <paramref name="from"/> to <paramref name="to"/> (unwrapped) may pass a jump or
    /// corner; <see cref="IWaveShape.Bandlimit"/> runs on those. It may flag more voices than pass one, never fewer.
    /// </summary>
    static abstract Vector512<double> MayBandlimit(Vector512<double> from, Vector512<double> to, Vector512<double> widthFrom, Vector512<double> widthTo);
}
