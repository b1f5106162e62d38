using Phasor.Script.Runtime;

namespace Phasor.Script.Compiling;

/// <summary>The inline cache of one property instruction: up to <see cref="MaxEntries"/> entries keyed on the receiver's <see cref="Runtime.Shape"/>.</summary>
/// <remarks>
/// The instruction's cache object is the first entry, the one the dispatch loop tests inline; further entries, for
/// sites that see several shapes (a method of a base class called on instances of its subclasses), hang off
/// <see cref="Next"/> and are tested out of line. Own hits need only the shape. Prototype hits also pin the holder and
/// <see cref="Shape.PrototypeEpoch"/>. Adds (a store that transitions the shape) record the shape after the transition
/// in <see cref="NewShape"/>. A read that found a getter records it apart (<see cref="GetterShape"/>), so the data
/// fast path never mistakes the accessor pair in the slot for a value; the VM then calls the getter in its own loop.
/// Methods read on string primitives (<c>s.indexOf</c>) are cached against the shape of <c>String.prototype</c>.
/// </remarks>
internal sealed class PropertyCache
{
    /// <summary>How many shapes one instruction remembers; a site that sees more keeps refilling its first entry.</summary>
    public const int MaxEntries = 4;

    public Shape? Shape;
    public JsObject? Holder;
    public Shape? NewShape;
    public int Slot;
    public int Epoch;

    /// <summary>The receiver shape for which the property is a getter (with <see cref="Epoch"/>), or null.</summary>
    public Shape? GetterShape;

    /// <summary>The object holding the accessor pair, or null when it is the receiver's own.</summary>
    public JsObject? GetterHolder;

    /// <summary>The slot of the accessor pair in its holder.</summary>
    public int GetterSlot;

    /// <summary>For a read on string primitives: the shape of <c>String.prototype</c> when the property was found from it (in <see cref="Holder"/> at <see cref="Slot"/>), or null.</summary>
    public Shape? StringShape;

    /// <summary>Whether the instruction reads <c>length</c>, which strings and arrays answer without a lookup.</summary>
    public bool LengthSite;

    /// <summary>The next entry for other shapes, or null.</summary>
    public PropertyCache? Next;

    /// <summary>The entry to fill for <paramref name="shape"/>: one already keyed on it, an empty one, a new one while there is room, else the first.</summary>
    public PropertyCache EntryFor(Shape shape)
    {
        var count = 0;
        for (var entry = this; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.Shape, shape) || ReferenceEquals(entry.GetterShape, shape) || ReferenceEquals(entry.StringShape, shape)
                || (entry.Shape is null && entry.GetterShape is null && entry.StringShape is null))
            {
                return entry;
            }

            count++;
        }

        if (count < MaxEntries)
        {
            var added = new PropertyCache { Next = Next };
            Next = added;
            return added;
        }

        return this;
    }
}
