namespace Phasor.Script.Runtime;

/// <summary>Per-object state bits that are not part of the shape.</summary>
[Flags]
internal enum ObjectFlags : byte
{
    None = 0,

    /// <summary>No new properties may be added (Object.preventExtensions, seal, freeze).</summary>
    NotExtensible = 1,

    /// <summary>Indexed elements are read-only and cannot be deleted (Object.freeze).</summary>
    FrozenElements = 2,

    /// <summary>The object is some shape's prototype: layout changes bump <see cref="Shape.PrototypeEpoch"/>.</summary>
    IsPrototype = 4,

    /// <summary>The object has own named properties outside its shape (array <c>length</c>); ask it before the shape.</summary>
    HasExoticProperties = 8,

    /// <summary>Object.seal (or freeze) made the elements non-configurable: they cannot be deleted.</summary>
    SealedElements = 16,
}
