namespace Phasor.Script.Syntax;

/// <summary>Facts about a token that the parser needs besides its kind.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>A line break comes between the previous token and this one (drives automatic semicolon insertion).</summary>
    NewLineBefore = 1,

    /// <summary>An identifier written with a <c>\u</c> escape, which therefore never acts as a keyword.</summary>
    Escaped = 2,
}
