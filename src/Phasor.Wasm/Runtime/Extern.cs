using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// An external value (spec 4.2.12): a function, table, memory or global that one instance exports and another
/// imports. Each belongs to one <see cref="Runtime.Store"/>.
/// </summary>
public abstract class Extern
{
    private protected Extern(Store store) => Store = store;

    /// <summary>Gets the store the entity lives in.</summary>
    public Store Store { get; }

    /// <summary>Gets which index space the entity belongs to.</summary>
    public abstract ExternalKind Kind { get; }
}
