namespace Phasor.Compile.Il;

/// <summary>
/// One plan step as the quick tier runs it: the node type's shared <see cref="TickLoop"/> and everything it reads and
/// writes, resolved when the tier is built so that a block only indexes arrays.
/// </summary>
internal sealed class TickCall(TickLoop loop, TickEnd? end, int stateOffset, int memoryOffset, int memoryLength)
{
    public TickLoop Loop { get; } = loop;

    /// <summary>The node's per-block epilogue, run once its samples of the block are done; null for none.</summary>
    public TickEnd? End { get; } = end;

    public int StateOffset { get; } = stateOffset;

    public int MemoryOffset { get; } = memoryOffset;

    public int MemoryLength { get; } = memoryLength;

    /// <summary>Per input port: its wire's buffer, a one-element array holding its constant, or a ramp buffer.</summary>
    public float[][] Inputs { get; init; } = [];

    /// <summary>Per input port: -1 to read sample i, 0 to read element 0 (a constant).</summary>
    public int[] Masks { get; init; } = [];

    public float[][] Outputs { get; init; } = [];

    /// <summary>Output buffers of control-rate ports: they hold the block's last value in every frame, as the block kernels write them.</summary>
    public float[][] ControlOutputs { get; init; } = [];

    /// <summary>Live constants this call reads: the slot in the live array and the buffer the ramp is written to each block.</summary>
    public (int Slot, float[] Buffer)[] Ramps { get; init; } = [];
}
