namespace Phasor.Script.Runtime;

/// <summary>A sentinel object stored in <see cref="JsValue"/>'s reference field to mark a non-string, non-object kind.</summary>
internal sealed class ValueTag
{
    /// <summary>Marks a number: the value is in the double field.</summary>
    public static readonly ValueTag Number = new("number");

    /// <summary>Marks a boolean: the double field holds 1 for true and 0 for false.</summary>
    public static readonly ValueTag Boolean = new("boolean");

    /// <summary>Marks the null value.</summary>
    public static readonly ValueTag Null = new("null");

    /// <summary>Marks an array hole; never visible to scripts (arrays turn it into undefined or a prototype lookup).</summary>
    public static readonly ValueTag Hole = new("hole");

    private ValueTag(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
