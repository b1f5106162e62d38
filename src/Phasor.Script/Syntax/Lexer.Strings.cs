using System.Text;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Scanning of string literals, template chunks and escape sequences.</summary>
internal sealed partial class Lexer
{
    private Token ScanString(int start, char quote)
    {
        var text = _text;
        var p = start + 1;
        while (p < text.Length)
        {
            var c = text[p];
            if (c == quote)
            {
                _pos = p + 1;
                return Make(TokenKind.String, start, _names.Intern(text.AsSpan(start + 1, p - start - 1)));
            }

            if (c == '\\' || c == '\n' || c == '\r')
            {
                break;
            }

            p++;
        }

        // Escapes or an unterminated string: decode into the scratch buffer.
        _bufferLength = 0;
        foreach (var c in text.AsSpan(start + 1, p - start - 1))
        {
            Append(c);
        }

        _pos = p;
        while (true)
        {
            if (_pos >= text.Length || text[_pos] is '\n' or '\r')
            {
                Report(DiagnosticCatalogue.UnterminatedString, new TextSpan(start, 1));
                break;
            }

            var c = text[_pos];
            if (c == quote)
            {
                _pos++;
                break;
            }

            if (c == '\\')
            {
                ReadEscape();
            }
            else
            {
                Append(c);
                _pos++;
            }
        }

        return Make(TokenKind.String, start, _names.Intern(_buffer.AsSpan(0, _bufferLength)));
    }

    /// <summary>Scans a template chunk: from <c>`</c> or from the <c>}</c> closing a substitution, up to <c>${</c> or the closing <c>`</c>; <paramref name="templateStart"/> is the template's opening backtick.</summary>
    private Token ScanTemplate(int start, bool fromBacktick, int templateStart)
    {
        var text = _text;
        _pos = start + 1;
        _bufferLength = 0;
        TokenKind kind;
        while (true)
        {
            if (_pos >= text.Length)
            {
                Report(DiagnosticCatalogue.UnterminatedTemplate, new TextSpan(templateStart, 1));
                kind = fromBacktick ? TokenKind.NoSubstitutionTemplate : TokenKind.TemplateTail;
                break;
            }

            var c = text[_pos];
            if (c == '`')
            {
                _pos++;
                kind = fromBacktick ? TokenKind.NoSubstitutionTemplate : TokenKind.TemplateTail;
                break;
            }

            if (c == '$' && Peek(1) == '{')
            {
                _pos += 2;
                PushBrace(BraceTemplate, templateStart);
                kind = fromBacktick ? TokenKind.TemplateHead : TokenKind.TemplateMiddle;
                break;
            }

            if (c == '\\')
            {
                ReadEscape();
            }
            else if (c == '\r')
            {
                // Template values see every line break as LF (ECMAScript 13.2.8.6 TV of TemplateCharacter).
                Append('\n');
                _pos += Peek(1) == '\n' ? 2 : 1;
            }
            else
            {
                Append(c);
                _pos++;
            }
        }

        return Make(kind, start, _names.Intern(_buffer.AsSpan(0, _bufferLength)));
    }

    /// <summary>Decodes one escape sequence at the backslash under the cursor into the scratch buffer.</summary>
    private void ReadEscape()
    {
        var start = _pos;
        _pos++;
        if (_pos >= _text.Length)
        {
            return;
        }

        var c = _text[_pos++];
        switch (c)
        {
            case 'n': Append('\n'); return;
            case 't': Append('\t'); return;
            case 'r': Append('\r'); return;
            case 'b': Append('\b'); return;
            case 'f': Append('\f'); return;
            case 'v': Append('\v'); return;
            case '\r':
                if (_pos < _text.Length && _text[_pos] == '\n')
                {
                    _pos++;
                }

                return;
            case '\n':
            case '\u2028':
            case '\u2029':
                return;
            case '0' when !char.IsAsciiDigit(Peek(0)):
                Append('\0');
                return;
            case 'x':
                var high = HexValue(Peek(0));
                var low = HexValue(Peek(1));
                if (high < 0 || low < 0)
                {
                    Report(DiagnosticCatalogue.InvalidEscape, TextSpan.FromBounds(start, _pos));
                    return;
                }

                _pos += 2;
                Append((char)((high << 4) | low));
                return;
            case 'u':
                var codePoint = ReadUnicodeEscapeValue();
                if (codePoint < 0)
                {
                    Report(DiagnosticCatalogue.InvalidEscape, TextSpan.FromBounds(start, _pos));
                    return;
                }

                AppendCodePoint(codePoint);
                return;
            default:
                if (char.IsAsciiDigit(c))
                {
                    // Octal escapes are not allowed in strict code.
                    Report(DiagnosticCatalogue.InvalidEscape, TextSpan.FromBounds(start, _pos));
                    return;
                }

                Append(c);
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(0)))
                {
                    Append(_text[_pos++]);
                }

                return;
        }
    }

    /// <summary>Reads the part after <c>\u</c>: four hex digits or <c>{hex}</c>; -1 if malformed.</summary>
    private int ReadUnicodeEscapeValue()
    {
        if (Peek(0) == '{')
        {
            _pos++;
            var value = 0;
            var digits = 0;
            while (_pos < _text.Length && _text[_pos] != '}')
            {
                var digit = HexValue(_text[_pos]);
                if (digit < 0 || value > 0x10FFFF)
                {
                    return -1;
                }

                value = (value << 4) | digit;
                digits++;
                _pos++;
            }

            if (_pos >= _text.Length || digits == 0 || value > 0x10FFFF)
            {
                return -1;
            }

            _pos++;
            return value;
        }

        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(Peek(0));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
            _pos++;
        }

        return result;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
