namespace Phasor.Graph.Planning;

/// <summary>
/// Where a node input reads from. A wire reads another node's output buffer; a constant reads a
/// buffer of its own that holds the value, ramped over one block when the value is changed live.
/// </summary>
/// <param name="Buffer">Buffer index the kernel reads.</param>
/// <param name="IsConstant">True when the buffer is this input's own constant buffer.</param>
/// <param name="Value">Initial constant value.</param>
/// <param name="Smooth">True when a live change is ramped over a block (audio-rate ports); control-rate ports step.</param>
/// <param name="CurrentSlot">State arena slot holding the value the buffer currently ends at (constants only, else -1).</param>
public readonly record struct InputBinding(int Buffer, bool IsConstant, double Value, bool Smooth, int CurrentSlot);
