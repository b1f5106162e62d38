using Phasor.Compile.Ticks;

namespace Phasor.Compile.Il;

/// <summary>
/// Up to <see cref="Dsp.Kernels.Lanes.Count"/> nodes of one type, in corresponding places of identical voices,
/// that run as the lanes of one vector tick: node <c>Nodes[j]</c> is lane j.
/// </summary>
internal sealed record LaneTuple(int[] Nodes, LaneForm Form)
{
    /// <summary>Lanes in use; the rest of the vector repeats lane 0 and is never stored.</summary>
    public int Count => Nodes.Length;
}
