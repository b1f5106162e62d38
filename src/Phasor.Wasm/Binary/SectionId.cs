namespace Phasor.Wasm.Binary;

/// <summary>The section ids of the binary format (spec 5.5.2).</summary>
public enum SectionId : byte
{
    /// <summary>A custom section (name, producers, anything else): allowed anywhere.</summary>
    Custom = 0,

    /// <summary>Function types.</summary>
    Type = 1,

    /// <summary>Imports.</summary>
    Import = 2,

    /// <summary>Type indices of the defined functions.</summary>
    Function = 3,

    /// <summary>Defined tables.</summary>
    Table = 4,

    /// <summary>Defined memories.</summary>
    Memory = 5,

    /// <summary>Defined globals.</summary>
    Global = 6,

    /// <summary>Exports.</summary>
    Export = 7,

    /// <summary>The start function.</summary>
    Start = 8,

    /// <summary>Element segments.</summary>
    Element = 9,

    /// <summary>Function bodies.</summary>
    Code = 10,

    /// <summary>Data segments.</summary>
    Data = 11,

    /// <summary>The number of data segments, which comes between the element and code sections.</summary>
    DataCount = 12,
}
