namespace Phasor.Wasm.Model;

/// <summary>A data segment (spec 2.5.8).</summary>
/// <param name="Mode">Active or passive.</param>
/// <param name="MemoryIndex">The target memory of an active segment.</param>
/// <param name="Offset">The offset expression of an active segment; null otherwise.</param>
/// <param name="Data">The bytes.</param>
public sealed record DataSegment(SegmentMode Mode, uint MemoryIndex, ConstantExpression? Offset, ReadOnlyMemory<byte> Data);
