namespace Phasor.Wasm.Model;

/// <summary>When an element or data segment is applied (spec 2.5.7, 2.5.8).</summary>
public enum SegmentMode : byte
{
    /// <summary>Copied into a table or memory at instantiation, then dropped.</summary>
    Active,

    /// <summary>Kept for <c>table.init</c> / <c>memory.init</c>.</summary>
    Passive,

    /// <summary>Element segments only: declares functions referable by <c>ref.func</c>; dropped at instantiation.</summary>
    Declarative,
}
