namespace Phasor.Graph.Planning;

/// <summary>One audio buffer of the plan.</summary>
/// <param name="Length">Samples: the largest block times the oversampling factor of what it carries.</param>
/// <param name="IsConstant">True for an input's own constant buffer, never shared.</param>
/// <param name="NeedsZeroing">True when some step may read it before any step writes it in a block.</param>
public readonly record struct BufferInfo(int Length, bool IsConstant, bool NeedsZeroing);
