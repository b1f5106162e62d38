using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// A table of references (spec 4.2.7). Elements are slot bits: 0 is null, a funcref is its function's store handle,
/// an externref its object's store handle. Growth stops at the declared maximum and the store's table limit.
/// </summary>
public sealed class TableInstance : Extern
{
    private readonly uint _limit;

    internal TableInstance(Store store, TableType type, ulong init)
        : base(store)
    {
        ElementType = type.ElementType;
        DeclaredMax = type.Limits.Max;
        _limit = Math.Min(type.Limits.Max ?? uint.MaxValue, store.Limits.MaxTableElements);
        if (type.Limits.Min > _limit)
        {
            throw new ResourceLimitException($"table of {type.Limits.Min} elements exceeds the limit of {_limit} elements");
        }

        Elements = new ulong[type.Limits.Min];
        Array.Fill(Elements, init);
    }

    /// <inheritdoc/>
    public override ExternalKind Kind => ExternalKind.Table;

    /// <summary>Gets the element type.</summary>
    public ValueType ElementType { get; }

    /// <summary>Gets the declared maximum size, if any.</summary>
    public uint? DeclaredMax { get; }

    /// <summary>Gets the current size in elements.</summary>
    public uint Size => (uint)Elements.Length;

    /// <summary>Gets the type as import matching sees it: the current size as the minimum (spec 4.5.3).</summary>
    public TableType Type => new(ElementType, new Limits(Size, DeclaredMax));

    /// <summary>Gets the elements as slot bits; the interpreter indexes this array directly.</summary>
    internal ulong[] Elements { get; private set; }

    /// <summary>Gets element <paramref name="index"/>; out of range is a trap.</summary>
    public Value Get(uint index)
    {
        if (index >= Size)
        {
            throw new TrapException(TrapKind.OutOfBoundsTableAccess);
        }

        return Store.FromSlot(ElementType, Elements[index]);
    }

    /// <summary>Sets element <paramref name="index"/>; out of range is a trap.</summary>
    public void Set(uint index, Value value)
    {
        if (index >= Size)
        {
            throw new TrapException(TrapKind.OutOfBoundsTableAccess);
        }

        Elements[index] = Store.ToSlot(value, ElementType);
    }

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="init"/>; returns the old size or -1.</summary>
    public int Grow(uint delta, Value init) => GrowRaw(delta, Store.ToSlot(init, ElementType));

    /// <summary>Grows by <paramref name="delta"/> elements of slot bits <paramref name="init"/> (spec 4.5.3.9).</summary>
    internal int GrowRaw(uint delta, ulong init)
    {
        var old = Size;
        if ((ulong)old + delta > _limit)
        {
            return -1;
        }

        if (delta != 0)
        {
            var grown = new ulong[old + delta];
            Elements.CopyTo(grown, 0);
            grown.AsSpan((int)old).Fill(init);
            Elements = grown;
        }

        return (int)old;
    }
}
