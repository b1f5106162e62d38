namespace Phasor.Script.Runtime;

/// <summary>The attributes of a named property, as held in a <see cref="Shape"/>.</summary>
[Flags]
internal enum PropertyFlags : byte
{
    None = 0,
    Writable = 1,
    Enumerable = 2,
    Configurable = 4,

    /// <summary>The slot holds a <see cref="PropertyAccessor"/> instead of a value; Writable is then meaningless.</summary>
    Accessor = 8,

    /// <summary>Writable, enumerable, configurable: what assignment and object literals create.</summary>
    Default = Writable | Enumerable | Configurable,

    /// <summary>Writable, configurable, not enumerable: what built-in methods and class methods use.</summary>
    Hidden = Writable | Configurable,
}
