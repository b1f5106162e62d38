namespace Phasor.Wasm.Model;

/// <summary>One import (spec 2.5.11): which field of which module, and the type it must have.</summary>
public sealed class Import
{
    /// <summary>Creates an import; only the type member matching <paramref name="kind"/> is meaningful.</summary>
    public Import(string module, string name, ExternalKind kind, uint functionTypeIndex = 0,
        TableType table = default, MemoryType memory = default, GlobalType global = default)
    {
        Module = module;
        Name = name;
        Kind = kind;
        FunctionTypeIndex = functionTypeIndex;
        Table = table;
        Memory = memory;
        Global = global;
    }

    /// <summary>Gets the module name.</summary>
    public string Module { get; }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary>Gets what is imported.</summary>
    public ExternalKind Kind { get; }

    /// <summary>Gets the type index of an imported function.</summary>
    public uint FunctionTypeIndex { get; }

    /// <summary>Gets the type of an imported table.</summary>
    public TableType Table { get; }

    /// <summary>Gets the type of an imported memory.</summary>
    public MemoryType Memory { get; }

    /// <summary>Gets the type of an imported global.</summary>
    public GlobalType Global { get; }

    /// <summary>Gets the byte offset of the import's entry in the module, for error messages.</summary>
    public int Offset { get; init; }
}
