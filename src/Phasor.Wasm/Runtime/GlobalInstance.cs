using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// A global variable (spec 4.2.9). The value is kept as slot bits (numbers zero-extended, references as store
/// handles) so <c>global.get</c> is one load; <see cref="Value"/> converts at the API boundary.
/// </summary>
public sealed class GlobalInstance : Extern
{
    internal GlobalInstance(Store store, GlobalType type, ulong bits)
        : base(store)
    {
        Type = type;
        Bits = bits;
    }

    /// <summary>Gets the global's type.</summary>
    public GlobalType Type { get; }

    /// <inheritdoc/>
    public override ExternalKind Kind => ExternalKind.Global;

    /// <summary>Gets or sets the value; setting an immutable global or a value of another type is an error.</summary>
    public Value Value
    {
        get => Store.FromSlot(Type.Type, Bits);
        set
        {
            if (!Type.Mutable)
            {
                throw new InvalidOperationException("the global is immutable");
            }

            Bits = Store.ToSlot(value, Type.Type);
        }
    }

    /// <summary>Gets or sets the raw slot bits; the interpreter reads and writes this field directly.</summary>
    internal ulong Bits;
}
