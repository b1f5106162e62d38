namespace Phasor.Wasm.Model;

/// <summary>An element segment (spec 2.5.7). Function-index lists are decoded as <c>ref.func</c> expressions.</summary>
/// <param name="Mode">Active, passive or declarative.</param>
/// <param name="ElementType">funcref or externref.</param>
/// <param name="TableIndex">The target table of an active segment.</param>
/// <param name="Offset">The offset expression of an active segment; null otherwise.</param>
/// <param name="Items">One expression per element.</param>
public sealed record ElementSegment(SegmentMode Mode, ValueType ElementType, uint TableIndex, ConstantExpression? Offset, ConstantExpression[] Items);
