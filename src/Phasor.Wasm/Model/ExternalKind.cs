namespace Phasor.Wasm.Model;

/// <summary>What an import or export refers to; the values are the binary encodings (spec 5.5.10).</summary>
public enum ExternalKind : byte
{
    /// <summary>A function.</summary>
    Function = 0,

    /// <summary>A table.</summary>
    Table = 1,

    /// <summary>A memory.</summary>
    Memory = 2,

    /// <summary>A global.</summary>
    Global = 3,
}
