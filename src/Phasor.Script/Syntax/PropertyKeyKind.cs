namespace Phasor.Script.Syntax;

/// <summary>How a property key is written.</summary>
internal enum PropertyKeyKind
{
    /// <summary>An identifier name (name id).</summary>
    Name,

    /// <summary>A string literal (name id of its value).</summary>
    String,

    /// <summary>A numeric literal (its value; the property name is the number's string form).</summary>
    Number,

    /// <summary><c>[expression]</c>.</summary>
    Computed,
}
