namespace Phasor.Script.Syntax;

/// <summary>The lexer's fast path: runs of the commonest tokens scanned in one tight loop with everything in locals.</summary>
internal sealed partial class Lexer
{
    /// <summary>For each ASCII character, the one-character token it starts (<c>.</c>, <c>=</c>, <c>}</c> when no longer one follows), or <see cref="TokenKind.Bad"/>.</summary>
    private static readonly TokenKind[] s_single = BuildSingles();

    private static readonly bool[] s_identifierStart = BuildIdentifierTable(digits: false);

    private static readonly bool[] s_identifierPart = BuildIdentifierTable(digits: true);

    /// <summary>
    /// Scans tokens while they are ASCII identifiers, keywords or single-character punctuators separated by spaces, tabs
    /// and line breaks, writing them straight into the token array; stops, with <see cref="_pos"/> after the white
    /// space and <see cref="_newLine"/> set, at anything else (numbers, strings, operators, comments, non-ASCII),
    /// which <see cref="Next"/> scans. Identifiers are hashed while their end is found, and a keyword is recognised
    /// by its interned id (keywords are interned first), so a warm scan allocates nothing and compares each name once.
    /// </summary>
    private void ScanCommonRun()
    {
        var text = _text;
        var tokens = _tokens;
        var count = _count;
        var pos = _pos;
        var newLine = _newLine;
        var keywordCount = Keywords.Texts.Length;

        // The tables in locals: the JIT reloads a static array from its field on every use inside the loop.
        var singles = s_single;
        var identifierStart = s_identifierStart;
        var identifierPart = s_identifierPart;
        while (count < tokens.Length)
        {
            char c;
            while (true)
            {
                if ((uint)pos >= (uint)text.Length)
                {
                    goto Done;
                }

                c = text[pos];
                if (c == ' ' || c == '\t')
                {
                    pos++;
                }
                else if (c == '\n' || c == '\r')
                {
                    newLine = true;
                    pos++;
                }
                else
                {
                    break;
                }
            }

            var start = pos;
            var flags = newLine ? TokenFlags.NewLineBefore : TokenFlags.None;
            if (c < 128 && identifierStart[c])
            {
                var hash = NameTable.HashStep(NameTable.HashSeed, c);
                pos++;
                while ((uint)pos < (uint)text.Length)
                {
                    c = text[pos];
                    if (c >= 128 || !identifierPart[c])
                    {
                        break;
                    }

                    hash = NameTable.HashStep(hash, c);
                    pos++;
                }

                if ((uint)pos < (uint)text.Length && (c >= 128 || c == '\\'))
                {
                    // A Unicode letter or an escape inside the name: the general scanner decodes it.
                    pos = start;
                    goto Done;
                }

                var id = _names.Intern(text.AsSpan(start, pos - start), NameTable.Finish(hash));
                var kind = id < keywordCount ? (TokenKind)((int)Keywords.First + id) : TokenKind.Identifier;
                tokens[count++] = new Token(kind, flags, start, pos - start, id);
            }
            else if (c < 128 && singles[c] != TokenKind.Bad)
            {
                var kind = singles[c];
                var next = (uint)(pos + 1) < (uint)text.Length ? text[pos + 1] : '\0';
                switch (c)
                {
                    case '{':
                        PushBrace(BraceOpen);
                        break;
                    case '}':
                        if (_braceDepth > 0 && _braces[_braceDepth - 1] == BraceTemplate)
                        {
                            goto Done;
                        }

                        _braceDepth = Math.Max(0, _braceDepth - 1);
                        break;
                    case '.' when next == '.' || char.IsAsciiDigit(next):
                    case '=' when next is '=' or '>':
                        goto Done;
                }

                tokens[count++] = new Token(kind, flags, start, 1, 0);
                pos++;
            }
            else
            {
                goto Done;
            }

            newLine = false;
        }

    Done:
        _count = count;
        _pos = pos;
        _newLine = newLine;
    }

    private static TokenKind[] BuildSingles()
    {
        var table = new TokenKind[128];
        Array.Fill(table, TokenKind.Bad);
        table['('] = TokenKind.OpenParen;
        table[')'] = TokenKind.CloseParen;
        table['['] = TokenKind.OpenBracket;
        table[']'] = TokenKind.CloseBracket;
        table['{'] = TokenKind.OpenBrace;
        table[';'] = TokenKind.Semicolon;
        table[','] = TokenKind.Comma;
        table[':'] = TokenKind.Colon;
        table['~'] = TokenKind.Tilde;
        table['@'] = TokenKind.At;
        table['}'] = TokenKind.CloseBrace;
        table['.'] = TokenKind.Dot;
        table['='] = TokenKind.Equals;
        return table;
    }

    private static bool[] BuildIdentifierTable(bool digits)
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = char.IsAsciiLetter((char)c) || c is '_' or '$' || (digits && char.IsAsciiDigit((char)c));
        }

        return table;
    }
}
