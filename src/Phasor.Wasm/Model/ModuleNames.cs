namespace Phasor.Wasm.Model;

/// <summary>
/// The debug names of the <c>name</c> custom section (spec appendix 7.4.1). A malformed name section is
/// ignored rather than rejected, as the spec allows, so names are a best effort.
/// </summary>
public sealed class ModuleNames
{
    /// <summary>Gets or sets the module's name.</summary>
    public string? ModuleName { get; set; }

    /// <summary>Gets the function names by function index.</summary>
    public Dictionary<uint, string> Functions { get; } = [];

    /// <summary>Gets the local names by function index, then local index.</summary>
    public Dictionary<uint, Dictionary<uint, string>> Locals { get; } = [];
}
