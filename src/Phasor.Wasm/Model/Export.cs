namespace Phasor.Wasm.Model;

/// <summary>One export (spec 2.5.12): a name for an entity of the module's index spaces.</summary>
/// <param name="Name">The export name (unique within the module).</param>
/// <param name="Kind">The index space.</param>
/// <param name="Index">The index in that space (imports first, then definitions).</param>
public sealed record Export(string Name, ExternalKind Kind, uint Index)
{
    /// <summary>Gets the byte offset of the export's entry in the module, for error messages.</summary>
    public int Offset { get; init; }
}
