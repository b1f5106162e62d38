namespace Phasor.Script.Syntax;

/// <summary>One token: kind, flags, source range and a payload (a name id for names and strings, a number-table index for numbers).</summary>
/// <remarks>16 bytes, no references: a token list is one flat array the lexer reuses from parse to parse.</remarks>
internal readonly struct Token(TokenKind kind, TokenFlags flags, int start, int length, int value)
{
    public TokenKind Kind { get; } = kind;

    public TokenFlags Flags { get; } = flags;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>The name id (identifiers, keywords, strings, template chunks) or number-table index (numbers).</summary>
    public int Value { get; } = value;

    public int End => Start + Length;

    public bool NewLineBefore => (Flags & TokenFlags.NewLineBefore) != 0;

    public Text.TextSpan Span => new(Start, Length);

    public override string ToString() => $"{Kind}@{Start}+{Length}";
}
