using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Phasor.Script.Syntax;

/// <summary>The lexer's fast path: runs of the commonest tokens scanned in one tight loop with everything in locals.</summary>
internal sealed partial class Lexer
{
    /// <summary>The most tokens one <see cref="ScanRun"/> call scans.</summary>
    /// <remarks>
    /// The runtime moves a method from ReadyToRun or unoptimized code to its optimized tier by counting calls; a loop
    /// over a whole source would be called once per source and stay in the slower code (measured at a third of the
    /// speed), so the loop returns to <see cref="Tokenize"/> every few thousand tokens.
    /// </remarks>
    private const int RunTokens = 4096;

    /// <summary>
    /// Scans up to <see cref="RunTokens"/> tokens, stopping early when the token array is full (false) or at the end
    /// of the text (true, after writing the <see cref="TokenKind.EndOfFile"/> token). ASCII identifiers, keywords,
    /// plain decimal integers and every punctuator and operator, separated by spaces, tabs and line breaks, are
    /// scanned here with everything in locals and written straight into the token array; anything else (strings,
    /// templates, other numbers, comments, non-ASCII) is handed to <see cref="Next"/> without leaving the loop.
    /// Identifiers are hashed while their end is found, eight units at a time; a name of up to sixteen units (most of
    /// them) is looked up by comparing its one or two blocks with the key the name table keeps, and a keyword is recognised by
    /// its interned id (keywords are interned first), so a warm scan allocates nothing and touches no string.
    /// </summary>
    private bool ScanRun()
    {
        var text = _text;

        // Reads below index the text through a reference without bounds checks, and may read index text.Length: that
        // is safe because a .NET string is always followed by a '\0' terminator. '\0' is neither white space nor an
        // identifier or punctuator character, so every loop stops on it, and pos never passes text.Length. Blocks of
        // eight units are loaded only where all eight lie within the text.
        ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());
        // The text's length and the name table are read from their fields where needed rather than kept in locals:
        // with fewer values live across the loop the JIT keeps the position in a register instead of spilling it
        // (measured 1.09x on the benchmark corpus).
        var tokens = _tokens;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(tokens);
        var count = _count;
        var pos = _pos;
        // 1 when a line break comes before the next token, else 0: the token's flags as they are (NewLineBefore is 1).
        var newLine = _newLine ? 1 : 0;
        var keywordCount = Keywords.Texts.Length;
        var limit = Math.Min(tokens.Length, count + RunTokens);
        while (count < limit)
        {
            // Each path below steps over the one space that most often follows its token, so the next token's
            // position never waits on a load of the character after it; this catches the rest (line breaks,
            // indentation, runs of spaces, a space after a token handed to the general scanner).
            var c = Unsafe.Add(ref chars, pos);
            if (c <= ' ')
            {
                var skipped = SkipSpaces(ref chars, pos, _text.Length);
                pos = skipped >> 1;
                newLine |= skipped & 1;
                c = Unsafe.Add(ref chars, pos);
            }

            var start = pos;
            var flags = (TokenFlags)newLine;
            var kind = c < 128 ? (TokenKind)AsciiStarts[c] : TokenKind.Bad;
            if (kind == TokenKind.Identifier)
            {
                if (!Vector128.IsHardwareAccelerated || pos + 8 > _text.Length)
                {
                    goto Other;
                }

                // Eight units at once: the identifier's length within the block is the number of identifier
                // characters before the first other one.
                var block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref chars), (nuint)pos);
                var inName = BitOperations.TrailingZeroCount(~IdentifierPartMask(block));
                int id;
                if (inName < 8)
                {
                    pos += inName;
                    c = Unsafe.Add(ref chars, pos);

                    // The space after the name, if any, read from the block already loaded.
                    var spaces = Vector128.Equals(block, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                    if (c >= 128 || c == '\\')
                    {
                        // A Unicode letter or an escape inside the name: the general scanner decodes it.
                        pos = start;
                        goto Other;
                    }

                    block &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)inName));
                    var hash = NameTable.FinishHash(NameTable.HashBlock(NameTable.HashSeed, block.AsUInt64().GetElement(0), block.AsUInt64().GetElement(1)), inName);
                    id = _names.InternKey(block.ToVector256(), hash, ref Unsafe.Add(ref chars, start), inName);
                    kind = id < keywordCount ? (TokenKind)((int)Keywords.First + id) : TokenKind.Identifier;
                    Unsafe.Add(ref slots, count++) = new Token(kind, flags, start, pos - start, id);
                    pos += (int)(spaces >> inName) & 1;
                    newLine = 0;
                    continue;
                }
                else
                {
                    id = LongName(ref chars, pos, _text.Length, block);
                    pos = _pos;
                    if (id < 0)
                    {
                        pos = start;
                        goto Other;
                    }
                }

                kind = id < keywordCount ? (TokenKind)((int)Keywords.First + id) : TokenKind.Identifier;
                Unsafe.Add(ref slots, count++) = new Token(kind, flags, start, pos - start, id);
            }
            else if (kind >= TokenKind.OpenBrace)
            {
                // A punctuator that is always one character (the commonest tokens after names, so tested second).
                if (kind == TokenKind.OpenBrace)
                {
                    PushBrace(BraceOpen);
                }
                else if (kind == TokenKind.CloseBrace)
                {
                    if (_braceDepth > 0 && _braces[_braceDepth - 1] == BraceTemplate)
                    {
                        goto Other;
                    }

                    _braceDepth = Math.Max(0, _braceDepth - 1);
                }

                Unsafe.Add(ref slots, count++) = new Token(kind, flags, start, 1, 0);
                pos++;
                if (Unsafe.Add(ref chars, pos) == ' ')
                {
                    pos++;
                }
            }
            else if (kind == OperatorStart)
            {
                // The first character of an operator that may be longer ('.' included: "...", ".5").
                var op = ScanOperator(ref Unsafe.Add(ref chars, pos));
                if (op == 0)
                {
                    goto Other;
                }

                pos += op >> 8;
                Unsafe.Add(ref slots, count++) = new Token((TokenKind)(op & 0xFF), flags, start, op >> 8, 0);
                if (Unsafe.Add(ref chars, pos) == ' ')
                {
                    pos++;
                }
            }
            else if (kind == TokenKind.Number)
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
                if (c >= 128 || AsciiStarts[c] is Id or Nm || c == '.' || (Unsafe.Add(ref chars, pos) == '0' && end - pos > 1))
                {
                    goto Other;
                }

                Unsafe.Add(ref slots, count++) = new Token(TokenKind.Number, flags, start, end - start, AddNumber(value));
                pos = end + (c == ' ' ? 1 : 0);
            }
            else
            {
                goto Other;
            }

            newLine = 0;
            continue;

        Other:
            _pos = pos;
            _newLine = newLine != 0;
            ref var token = ref Unsafe.Add(ref slots, count++);
            token = Next();
            pos = _pos;
            newLine = 0;
            if (token.Kind == TokenKind.EndOfFile)
            {
                _count = count;
                return true;
            }
        }

        _count = count;
        _pos = pos;
        _newLine = newLine != 0;
        return false;
    }

    /// <summary>
    /// Skips spaces, tabs and line breaks from <paramref name="pos"/>, runs of spaces (indentation) eight at a time;
    /// returns where they end, shifted left by one, with bit 0 set when a line break was among them.
    /// </summary>
    /// <remarks>Packed in one int rather than a tuple, whose constructor the JIT would compile separately for the unoptimised first tier of the run loop.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpaces(ref char chars, int pos, int length)
    {
        var newLine = false;
        while (true)
        {
            var c = Unsafe.Add(ref chars, pos);
            if (c == ' ' || c == '\t')
            {
                pos++;
            }
            else if (c == '\n' || c == '\r')
            {
                newLine = true;
                pos++;
                if (Vector128.IsHardwareAccelerated)
                {
                    while (pos + 8 <= length)
                    {
                        var spaces = Vector128.Equals(Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref chars), (nuint)pos), Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                        var run = BitOperations.TrailingZeroCount(~spaces);
                        pos += run;
                        if (run < 8)
                        {
                            break;
                        }
                    }
                }
            }
            else
            {
                return (pos << 1) | (newLine ? 1 : 0);
            }
        }
    }

    /// <summary>
    /// The id of the identifier longer than seven units at <paramref name="pos"/>, whose first eight are
    /// <paramref name="block"/>, with <see cref="_pos"/> set to its end; or -1 when it holds a Unicode letter or an
    /// escape (the general scanner's).
    /// </summary>
    /// <remarks>The end comes back in a field so that the fast path's position never has its address taken, which would keep it in memory.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int LongName(ref char chars, int pos, int length, Vector128<ushort> block)
    {
        var start = pos;
        var hash = NameTable.HashBlock(NameTable.HashSeed, block.AsUInt64().GetElement(0), block.AsUInt64().GetElement(1));
        pos += 8;
        char c;
        if (pos + 8 <= length)
        {
            // Names of up to sixteen units (most of the rest) are looked up by their two blocks, as short ones are by one.
            var second = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref chars), (nuint)pos);
            var inSecond = BitOperations.TrailingZeroCount(~IdentifierPartMask(second));
            if (inSecond < 8)
            {
                second &= Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)inSecond));
                if (inSecond > 0)
                {
                    hash = NameTable.HashBlock(hash, second.AsUInt64().GetElement(0), second.AsUInt64().GetElement(1));
                    pos += inSecond;
                }

                _pos = pos;
                c = Unsafe.Add(ref chars, pos);
                if (c >= 128 || c == '\\')
                {
                    return -1;
                }

                return _names.InternKey(Vector256.Create(block, second), NameTable.FinishHash(hash, pos - start), ref Unsafe.Add(ref chars, start), pos - start);
            }

            hash = NameTable.HashBlock(hash, second.AsUInt64().GetElement(0), second.AsUInt64().GetElement(1));
            pos += 8;
        }

        while (true)
        {
            if (pos + 8 > length)
            {
                // Too near the end of the text to load a block: one unit at a time, hashed afterwards.
                while ((c = Unsafe.Add(ref chars, pos)) < 128 && AsciiStarts[c] is Id or Nm)
                {
                    pos++;
                }

                hash = 0;
                break;
            }

            block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref chars), (nuint)pos);
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

        _pos = pos;
        if (c >= 128 || c == '\\')
        {
            return -1;
        }

        var nameLength = pos - start;
        ref var first = ref Unsafe.Add(ref chars, start);
        var finished = hash != 0 ? NameTable.FinishHash(hash, nameLength) : NameTable.Hash(ref first, nameLength);
        return _names.Intern(MemoryMarshal.CreateReadOnlySpan(ref first, nameLength), finished);
    }

    private int AddNumber(double value)
    {
        if (_numberCount == _numbers.Length)
        {
            Array.Resize(ref _numbers, _numberCount * 2);
        }

        _numbers[_numberCount] = value;
        return _numberCount++;
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

    private const byte No = (byte)TokenKind.Bad, Id = (byte)TokenKind.Identifier, Nm = (byte)TokenKind.Number, Op = (byte)OperatorStart;

    /// <summary>What <see cref="AsciiStarts"/> gives for the first character of an operator that may be longer.</summary>
    /// <remarks>A kind the table gives for nothing else and below <see cref="TokenKind.OpenBrace"/>, so that every one-character punctuator is told apart by one comparison.</remarks>
    private const TokenKind OperatorStart = TokenKind.PrivateName;

    /// <summary>
    /// For each ASCII character, what the fast path makes of a token it starts: an identifier (<c>Id</c>), a number
    /// (<c>Nm</c>), an operator or punctuator that may be longer (<c>Op</c>, <see cref="ScanOperator"/>'s), the kind of
    /// a punctuator that is always one character, or <c>No</c>: the general scanner's.
    /// </summary>
    /// <remarks>Constant data in the assembly: a lookup by a char below 128 is one load with no bounds check.</remarks>
    private static ReadOnlySpan<byte> AsciiStarts =>
    [
        No, No, No, No, No, No, No, No, No, No, No, No, No, No, No, No, // control characters
        No, No, No, No, No, No, No, No, No, No, No, No, No, No, No, No, // control characters
        No, Op, No, No, Id, Op, Op, No, (byte)TokenKind.OpenParen, (byte)TokenKind.CloseParen, Op, Op, (byte)TokenKind.Comma, Op, Op, Op, // space ! " # $ % & ' ( ) * + , - . /
        Nm, Nm, Nm, Nm, Nm, Nm, Nm, Nm, Nm, Nm, (byte)TokenKind.Colon, (byte)TokenKind.Semicolon, Op, Op, Op, Op, // 0 1 2 3 4 5 6 7 8 9 : ; < = > ?
        (byte)TokenKind.At, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, // @ A B C D E F G H I J K L M N O
        Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, (byte)TokenKind.OpenBracket, No, (byte)TokenKind.CloseBracket, Op, Id, // P Q R S T U V W X Y Z [ \ ] ^ _
        No, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, // ` a b c d e f g h i j k l m n o
        Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, Id, (byte)TokenKind.OpenBrace, Op, (byte)TokenKind.CloseBrace, (byte)TokenKind.Tilde, No, // p q r s t u v w x y z { | } ~ DEL
    ];
}
