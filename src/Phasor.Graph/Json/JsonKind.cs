namespace Phasor.Graph.Json;

/// <summary>The JSON value types.</summary>
public enum JsonKind
{
    /// <summary>An object.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>null.</summary>
    Null,
}
