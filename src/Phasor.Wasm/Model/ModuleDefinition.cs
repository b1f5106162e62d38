namespace Phasor.Wasm.Model;

/// <summary>
/// A decoded module (spec 2.5): the sections' contents in the binary format's order, plus index-space views that
/// put imports first. The decoder fills it; the validator checks it; it is immutable after that, and every
/// instance of the module shares it.
/// </summary>
public sealed class ModuleDefinition
{
    private FuncType[]? _functionTypes;
    private TableType[]? _tables;
    private MemoryType[]? _memories;
    private GlobalType[]? _globals;

    /// <summary>Gets or sets the whole binary the module was decoded from (bodies and data slice it).</summary>
    public ReadOnlyMemory<byte> Bytes { get; set; }

    /// <summary>Gets or sets the type section.</summary>
    public FuncType[] Types { get; set; } = [];

    /// <summary>Gets or sets the import section.</summary>
    public Import[] Imports { get; set; } = [];

    /// <summary>Gets or sets the function section: the type index of each defined function.</summary>
    public uint[] FunctionTypeIndices { get; set; } = [];

    /// <summary>Gets or sets the table section (defined tables).</summary>
    public TableType[] DefinedTables { get; set; } = [];

    /// <summary>Gets or sets the memory section (defined memories).</summary>
    public MemoryType[] DefinedMemories { get; set; } = [];

    /// <summary>Gets or sets the global section (defined globals).</summary>
    public GlobalDefinition[] DefinedGlobals { get; set; } = [];

    /// <summary>Gets or sets the export section.</summary>
    public Export[] Exports { get; set; } = [];

    /// <summary>Gets or sets the start function's index, if any.</summary>
    public uint? Start { get; set; }

    /// <summary>Gets or sets the element section.</summary>
    public ElementSegment[] Elements { get; set; } = [];

    /// <summary>Gets or sets the data count section's value, if present.</summary>
    public uint? DataCount { get; set; }

    /// <summary>Gets or sets the code section: one body per defined function.</summary>
    public FunctionBody[] Code { get; set; } = [];

    /// <summary>Gets or sets the data section.</summary>
    public DataSegment[] Data { get; set; } = [];

    /// <summary>Gets or sets the custom sections, in order.</summary>
    public CustomSection[] CustomSections { get; set; } = [];

    /// <summary>
    /// Gets the byte offset of each non-custom section's id byte, indexed by section id (1 to 12), or 0 when the
    /// module has no such section; module-level validation errors point there.
    /// </summary>
    public int[] SectionOffsets { get; } = new int[13];

    /// <summary>Gets or sets the names from the <c>name</c> section (empty when absent or malformed).</summary>
    public ModuleNames Names { get; set; } = new();

    /// <summary>Gets the number of imported functions: defined function <c>i</c> has index <c>ImportedFunctionCount + i</c>.</summary>
    public int ImportedFunctionCount => FunctionTypes.Length - FunctionTypeIndices.Length;

    /// <summary>Gets the number of imported globals.</summary>
    public int ImportedGlobalCount => Globals.Length - DefinedGlobals.Length;

    /// <summary>Gets the number of imported tables.</summary>
    public int ImportedTableCount => Tables.Length - DefinedTables.Length;

    /// <summary>Gets the number of imported memories.</summary>
    public int ImportedMemoryCount => Memories.Length - DefinedMemories.Length;

    /// <summary>Gets the signature of every function in the function index space (imports first).</summary>
    /// <remarks>Only meaningful once type indices are known valid; index views are built on first use.</remarks>
    public FuncType[] FunctionTypes => _functionTypes ??= BuildFunctionTypes();

    /// <summary>Gets the table index space (imports first).</summary>
    public TableType[] Tables => _tables ??= [.. Imports.Where(i => i.Kind == ExternalKind.Table).Select(i => i.Table), .. DefinedTables];

    /// <summary>Gets the memory index space (imports first).</summary>
    public MemoryType[] Memories => _memories ??= [.. Imports.Where(i => i.Kind == ExternalKind.Memory).Select(i => i.Memory), .. DefinedMemories];

    /// <summary>Gets the global index space's types (imports first).</summary>
    public GlobalType[] Globals => _globals ??= [.. Imports.Where(i => i.Kind == ExternalKind.Global).Select(i => i.Global), .. DefinedGlobals.Select(g => g.Type)];

    /// <summary>Gets the debug name of function <paramref name="index"/>, or <c>func[index]</c>.</summary>
    public string FunctionName(uint index) => Names.Functions.TryGetValue(index, out var name) ? name : $"func[{index}]";

    private FuncType[] BuildFunctionTypes()
    {
        var types = new List<FuncType>();
        foreach (var import in Imports)
        {
            if (import.Kind == ExternalKind.Function)
            {
                types.Add(Types[import.FunctionTypeIndex]);
            }
        }

        foreach (var typeIndex in FunctionTypeIndices)
        {
            types.Add(Types[typeIndex]);
        }

        return [.. types];
    }
}
