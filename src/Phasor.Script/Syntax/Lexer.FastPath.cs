using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Phasor.Script.Syntax;

/// <summary>The lexer's fast path: runs of the commonest tokens scanned in one tight loop with everything in locals.</summary>
internal sealed partial class Lexer
{
    /// <summary>For each ASCII character, the one-character token it starts (<c>.</c>, <c>=</c>, <c>}</c> when no longer one follows), or <see cref="TokenKind.Bad"/>.</summary>
    private static readonly TokenKind[] s_single = BuildSingles();

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

        // Reads below index the text through a reference without bounds checks, and may read index text.Length: that
        // is safe because a .NET string is always followed by a '\0' terminator. '\0' is neither white space nor an
        // identifier or punctuator character, so every loop stops on it, and pos never passes text.Length.
        ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());
        var tokens = _tokens;
        var count = _count;
        var pos = _pos;
        var newLine = _newLine;
        var names = _names;
        var keywordCount = Keywords.Texts.Length;
        var singles = s_single;
        while (count < tokens.Length)
        {
            char c;
            while (true)
            {
                c = Unsafe.Add(ref chars, pos);
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
            if (c < 128 && (AsciiClasses[c] & IdentifierStart) != 0)
            {
                do
                {
                    c = Unsafe.Add(ref chars, ++pos);
                }
                while (c < 128 && (AsciiClasses[c] & IdentifierPart) != 0);

                if (c >= 128 || c == '\\')
                {
                    // A Unicode letter or an escape inside the name: the general scanner decodes it.
                    pos = start;
                    goto Done;
                }

                var length = pos - start;
                ref var first = ref Unsafe.Add(ref chars, start);
                var id = names.Intern(MemoryMarshal.CreateReadOnlySpan(ref first, length), NameTable.Hash(ref first, length));
                var kind = id < keywordCount ? (TokenKind)((int)Keywords.First + id) : TokenKind.Identifier;
                tokens[count++] = new Token(kind, flags, start, length, id);
            }
            else if (c < 128 && singles[c] != TokenKind.Bad)
            {
                var kind = singles[c];
                var next = Unsafe.Add(ref chars, pos + 1);
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

    private const byte IdentifierStart = 1;
    private const byte IdentifierPart = 2;

    /// <summary>For each ASCII character, whether it starts (<c>A-Z a-z _ $</c>: 3) or only continues (<c>0-9</c>: 2) an identifier.</summary>
    /// <remarks>A constant table in the assembly's data: the JIT knows its address and length, so a lookup by a char below 128 is one load with no bounds check.</remarks>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // control characters
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // space ! " # $ % & ' ( ) * + , - . /
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, // 0-9 : ; < = > ?
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // @ A-O
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3, // P-Z [ \ ] ^ _
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // ` a-o
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, // p-z { | } ~ DEL
    ];

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
}
