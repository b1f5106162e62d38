using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Phasor.Script.Syntax;

/// <summary>The lexer's fast path: runs of the commonest tokens scanned in one tight loop with everything in locals.</summary>
internal sealed partial class Lexer
{
    /// <summary>For each ASCII character, the one-character token it starts (<c>.</c>, <c>=</c>, <c>}</c> when no longer one follows), or <see cref="TokenKind.Bad"/>.</summary>
    private static readonly TokenKind[] s_single = BuildSingles();

    /// <summary>The most tokens one <see cref="ScanRun"/> call scans.</summary>
    /// <remarks>
    /// The runtime moves a method from ReadyToRun or unoptimized code to its optimized tier by counting calls; a loop
    /// over a whole source would be called once per source and stay in the slower code (measured at a third of the
    /// speed), so the loop returns to <see cref="Tokenize"/> every few thousand tokens.
    /// </remarks>
    private const int RunTokens = 4096;

    /// <summary>
    /// Scans up to <see cref="RunTokens"/> tokens, stopping early when the token array is full (false) or at the end
    /// of the text (true, after writing the <see cref="TokenKind.EndOfFile"/> token). ASCII identifiers, keywords, plain decimal integers and
    /// single-character punctuators separated by spaces, tabs and line breaks are scanned here with everything in
    /// locals and written straight into the token array; anything else (other numbers, strings, operators, comments,
    /// non-ASCII) is handed to <see cref="Next"/> without leaving the loop. Identifiers are hashed while their end is
    /// found, and a keyword is recognised by its interned id (keywords are interned first), so a warm scan allocates
    /// nothing and compares each name once.
    /// </summary>
    private bool ScanRun()
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
        var limit = Math.Min(tokens.Length, count + RunTokens);
        while (count < limit)
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
                var hash = NameTable.HashSeed;
                while (true)
                {
                    if (!Vector128.IsHardwareAccelerated || pos + 8 > text.Length)
                    {
                        // Too near the end of the text to load a block: one unit at a time, hashed afterwards.
                        pos = start;
                        do
                        {
                            c = Unsafe.Add(ref chars, ++pos);
                        }
                        while (c < 128 && (AsciiClasses[c] & IdentifierPart) != 0);

                        hash = 0;
                        break;
                    }

                    // Eight units at once: the identifier's length within the block is the number of identifier
                    // characters before the first other one, and the block, cut to them, is hashed in place.
                    var block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref chars), (nuint)pos);
                    var inName = BitOperations.TrailingZeroCount(~IdentifierPartMask(block));
                    if (inName == 8)
                    {
                        hash = NameTable.HashBlock(hash, block.AsUInt64().GetElement(0), block.AsUInt64().GetElement(1));
                        pos += 8;
                        continue;
                    }

                    if (inName > 0)
                    {
                        block &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)inName));
                        hash = NameTable.HashBlock(hash, block.AsUInt64().GetElement(0), block.AsUInt64().GetElement(1));
                        pos += inName;
                    }

                    c = Unsafe.Add(ref chars, pos);
                    break;
                }

                if (c >= 128 || c == '\\')
                {
                    // A Unicode letter or an escape inside the name: the general scanner decodes it.
                    pos = start;
                    goto Other;
                }

                var length = pos - start;
                ref var first = ref Unsafe.Add(ref chars, start);
                var finished = hash != 0 ? NameTable.FinishHash(hash, length) : NameTable.Hash(ref first, length);
                var id = names.Intern(MemoryMarshal.CreateReadOnlySpan(ref first, length), finished);
                var kind = id < keywordCount ? (TokenKind)((int)Keywords.First + id) : TokenKind.Identifier;
                tokens[count++] = new Token(kind, flags, start, length, id);
            }
            else if ((uint)(c - '0') <= 9)
            {
                // Plain decimal integers of up to nine digits, the commonest numbers; a number with a fraction, an
                // exponent, a separator, a radix prefix, a suffix or a leading zero is ScanNumber's.
                var value = c - '0';
                var end = pos + 1;
                for (uint digit; end - pos < 9 && (digit = (uint)(Unsafe.Add(ref chars, end) - '0')) <= 9; end++)
                {
                    value = (value * 10) + (int)digit;
                }

                c = Unsafe.Add(ref chars, end);
                if (c >= 128 || (AsciiClasses[c] & IdentifierPart) != 0 || c == '.' || (Unsafe.Add(ref chars, pos) == '0' && end - pos > 1))
                {
                    goto Other;
                }

                if (_numberCount == _numbers.Length)
                {
                    Array.Resize(ref _numbers, _numberCount * 2);
                }

                _numbers[_numberCount] = value;
                tokens[count++] = new Token(TokenKind.Number, flags, start, end - start, _numberCount++);
                pos = end;
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
                            goto Other;
                        }

                        _braceDepth = Math.Max(0, _braceDepth - 1);
                        break;
                    case '.' when next == '.' || char.IsAsciiDigit(next):
                    case '=' when next is '=' or '>':
                        goto Other;
                }

                tokens[count++] = new Token(kind, flags, start, 1, 0);
                pos++;
            }
            else
            {
                goto Other;
            }

            newLine = false;
            continue;

        Other:
            _pos = pos;
            _newLine = newLine;
            var token = Next();
            tokens[count++] = token;
            pos = _pos;
            newLine = false;
            if (token.Kind == TokenKind.EndOfFile)
            {
                _count = count;
                return true;
            }
        }

        _count = count;
        _pos = pos;
        _newLine = newLine;
        return false;
    }

    /// <summary>A bit per unit of <paramref name="block"/> (bit 0 the first) set when it is an ASCII identifier character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint IdentifierPartMask(Vector128<ushort> block)
    {
        // Setting bit 5 folds upper-case letters onto lower-case ones and moves no other character into a-z.
        var letter = Vector128.LessThanOrEqual((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var other = Vector128.Equals(block, Vector128.Create((ushort)'_')) | Vector128.Equals(block, Vector128.Create((ushort)'$'));
        return (letter | digit | other).ExtractMostSignificantBits();
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
