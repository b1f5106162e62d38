using Phasor.Script.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Turns a source into a flat token array in one pass over its UTF-16 text.</summary>
/// <remarks>
/// ASCII takes a fast path; other letters, Unicode whitespace and escapes take slower ones. Names and string
/// values are interned in a <see cref="NameTable"/>; numbers go to a number table the token indexes. The token
/// array, number table and scratch buffer are kept between calls, so a warm lexer over known names allocates
/// nothing. Template literals are lexed with a brace stack: a <c>}</c> that closes a <c>${</c> resumes the
/// template. A <c>/</c> is always division: regular expression literals are not supported.
/// </remarks>
internal sealed partial class Lexer
{
    private const int BraceOpen = 0;
    private const int BraceTemplate = 1;

    private readonly NameTable _names;
    private Token[] _tokens = new Token[256];
    private int _count;
    private double[] _numbers = new double[64];
    private int _numberCount;
    private char[] _buffer = new char[128];
    private int _bufferLength;
    private int[] _braces = new int[32];

    // For each open substitution brace: the opening backtick of its template, where an unterminated template is reported.
    private int[] _templateStarts = new int[32];
    private int _braceDepth;
    private string _text = "";
    private int _pos;
    private bool _newLine;
    private DiagnosticBag? _diagnostics;

    public Lexer(NameTable names)
    {
        _names = names;
    }

    public NameTable Names => _names;

    /// <summary>The tokens of the last <see cref="Tokenize"/>, ending with one <see cref="TokenKind.EndOfFile"/>.</summary>
    /// <remarks>The parser may split a <c>&gt;&gt;</c> token in place when it closes two type argument lists.</remarks>
    public Token[] Tokens => _tokens;

    public int Count => _count;

    public double GetNumber(int index) => _numbers[index];

    public void Tokenize(SourceText source, DiagnosticBag diagnostics)
    {
        _text = source.Text;
        _diagnostics = diagnostics;
        _pos = 0;
        _count = 0;
        _numberCount = 0;
        _braceDepth = 0;
        _newLine = false;
        if (_text.StartsWith("#!", StringComparison.Ordinal))
        {
            while (_pos < _text.Length && !SourceText.IsLineBreak(_text[_pos]))
            {
                _pos++;
            }
        }

        do
        {
            if (_count == _tokens.Length)
            {
                ArrayGrowth.Resize(ref _tokens, _tokens.Length * 2);
            }
        }
        while (UsesRunLoop ? !ScanRun() : !ScanGeneral());
    }

    /// <summary>Whether tokens are scanned by the run loop (the default) or, for the tests comparing the two, by <see cref="Next"/> alone.</summary>
    internal bool UsesRunLoop { get; init; } = true;

    /// <summary><see cref="ScanRun"/>'s slow twin: one token by the general scanner; true after the end-of-file token.</summary>
    private bool ScanGeneral()
    {
        var token = Next();
        _tokens[_count++] = token;
        _newLine = false;
        return token.Kind == TokenKind.EndOfFile;
    }

    private Token Next()
    {
        SkipTrivia();
        var start = _pos;
        if (_pos >= _text.Length)
        {
            return Make(TokenKind.EndOfFile, start, 0);
        }

        var c = _text[_pos];
        if (char.IsAsciiLetter(c) || c == '_' || c == '$')
        {
            return ScanIdentifier(start);
        }

        if (char.IsAsciiDigit(c))
        {
            return ScanNumber(start);
        }

        switch (c)
        {
            case '"':
            case '\'':
                return ScanString(start, c);
            case '`':
                return ScanTemplate(start, fromBacktick: true, start);
            case '{':
                PushBrace(BraceOpen);
                return Punct(TokenKind.OpenBrace, 1);
            case '}':
                if (_braceDepth > 0 && _braces[--_braceDepth] == BraceTemplate)
                {
                    return ScanTemplate(start, fromBacktick: false, _templateStarts[_braceDepth]);
                }

                return Punct(TokenKind.CloseBrace, 1);
            case '(': return Punct(TokenKind.OpenParen, 1);
            case ')': return Punct(TokenKind.CloseParen, 1);
            case '[': return Punct(TokenKind.OpenBracket, 1);
            case ']': return Punct(TokenKind.CloseBracket, 1);
            case ';': return Punct(TokenKind.Semicolon, 1);
            case ',': return Punct(TokenKind.Comma, 1);
            case ':': return Punct(TokenKind.Colon, 1);
            case '~': return Punct(TokenKind.Tilde, 1);
            case '@': return Punct(TokenKind.At, 1);
            case '.':
            case '?':
            case '=':
            case '!':
            case '+':
            case '-':
            case '*':
            case '/':
            case '%':
            case '^':
            case '&':
            case '|':
            case '<':
            case '>':
                // After SkipTrivia a '/' starts no comment, so only ".5" is not an operator here.
                var op = ScanOperator(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text.AsSpan()), _pos));
                return op == 0 ? ScanNumber(start) : Punct((TokenKind)(op & 0xFF), op >> 8);
            case '#':
                return ScanPrivateName(start);
            case '\\':
                return ScanIdentifier(start);
            default:
                if (c >= 128 && IsIdentifierStartSlow(_pos))
                {
                    return ScanIdentifier(start);
                }

                _pos += char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
                Report(DiagnosticCatalogue.UnexpectedCharacter, TextSpan.FromBounds(start, _pos), _text[start.._pos]);
                return Make(TokenKind.Bad, start, 0);
        }
    }

    private Token ScanPrivateName(int start)
    {
        _pos++;
        if (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]) || _text[_pos] is '_' or '$' || (_text[_pos] >= 128 && IsIdentifierStartSlow(_pos))))
        {
            var name = ScanIdentifier(_pos);
            return new Token(TokenKind.PrivateName, name.Flags, start, _pos - start, name.Value);
        }

        Report(DiagnosticCatalogue.UnexpectedCharacter, new TextSpan(start, 1), "#");
        return Make(TokenKind.Bad, start, 0);
    }

    private char Peek(int ahead)
    {
        var p = _pos + ahead;
        return p < _text.Length ? _text[p] : '\0';
    }

    private Token Punct(TokenKind kind, int length)
    {
        var start = _pos;
        _pos += length;
        return Make(kind, start, 0);
    }

    private Token Make(TokenKind kind, int start, int value)
    {
        var flags = _newLine ? TokenFlags.NewLineBefore : TokenFlags.None;
        return new Token(kind, flags, start, _pos - start, value);
    }

    private void PushBrace(int kind, int templateStart = -1)
    {
        if (_braceDepth == _braces.Length)
        {
            Array.Resize(ref _braces, _braceDepth * 2);
            Array.Resize(ref _templateStarts, _braceDepth * 2);
        }

        _templateStarts[_braceDepth] = templateStart;
        _braces[_braceDepth++] = kind;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) => _diagnostics?.Report(descriptor, span, args);

    /// <summary>Skips white space and comments; sets (never clears) <see cref="_newLine"/> when it passes a line break.</summary>
    private void SkipTrivia()
    {
        var text = _text;

        // Most tokens follow one space or none.
        if (_pos < text.Length && text[_pos] == ' ')
        {
            _pos++;
        }

        if (_pos < text.Length && text[_pos] > ' ' && text[_pos] != '/' && text[_pos] < 128)
        {
            return;
        }

        while (_pos < text.Length)
        {
            var c = text[_pos];
            switch (c)
            {
                case ' ':
                case '\t':
                case '\v':
                case '\f':
                    _pos++;
                    continue;
                case '\n':
                case '\r':
                    _newLine = true;
                    _pos++;
                    continue;
                case '/':
                    if (Peek(1) == '/')
                    {
                        _pos += 2;
                        while (_pos < text.Length && !SourceText.IsLineBreak(text[_pos]))
                        {
                            _pos++;
                        }

                        continue;
                    }

                    if (Peek(1) == '*')
                    {
                        SkipBlockComment();
                        continue;
                    }

                    return;
                default:
                    if (c < 128)
                    {
                        return;
                    }

                    if (c is '\u2028' or '\u2029')
                    {
                        _newLine = true;
                        _pos++;
                        continue;
                    }

                    if (c is '\u00A0' or '\uFEFF' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
                    {
                        _pos++;
                        continue;
                    }

                    return;
            }
        }
    }

    private void SkipBlockComment()
    {
        var start = _pos;
        _pos += 2;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '*' && Peek(1) == '/')
            {
                _pos += 2;
                return;
            }

            if (SourceText.IsLineBreak(c))
            {
                // A comment spanning lines counts as a line break for automatic semicolon insertion.
                _newLine = true;
            }

            _pos++;
        }

        Report(DiagnosticCatalogue.UnterminatedComment, new TextSpan(start, 2));
    }

    private void Append(char c)
    {
        if (_bufferLength == _buffer.Length)
        {
            Array.Resize(ref _buffer, _bufferLength * 2);
        }

        _buffer[_bufferLength++] = c;
    }

    private void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
            return;
        }

        var rune = new Rune(codePoint);
        Span<char> pair = stackalloc char[2];
        rune.EncodeToUtf16(pair);
        Append(pair[0]);
        Append(pair[1]);
    }
}
