namespace Phasor.Script.Runtime;

/// <summary>Where a named property was found along a prototype chain: what an inline cache remembers.</summary>
/// <param name="Holder">The object whose shape holds the property, or null when the property is absent.</param>
/// <param name="Slot">The slot in <see cref="JsObject.Slots"/> of the holder; -1 for an exotic property (do not cache).</param>
/// <param name="Flags">The property's attributes.</param>
internal readonly record struct PropertyLookup(JsObject? Holder, int Slot, PropertyFlags Flags)
{
    public bool Found => Holder is not null;

    /// <summary>True when a cache may remember this result (found in a shape slot of a non-dictionary holder).</summary>
    public bool IsCacheable => Holder is not null && Slot >= 0 && !Holder.Shape.IsDictionary;
}
