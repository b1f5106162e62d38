using System.Globalization;
using System.Text;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Scanning of names, numbers, strings and template chunks.</summary>
internal sealed partial class Lexer
{
    private Token ScanIdentifier(int start)
    {
        var text = _text;
        var p = start;
        if (text[p] != '\\')
        {
            p++;
            while (p < text.Length)
            {
                var c = text[p];
                if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$')
                {
                    p++;
                }
                else if (c >= 128 || c == '\\')
                {
                    return ScanIdentifierSlow(start);
                }
                else
                {
                    break;
                }
            }

            _pos = p;
            var span = text.AsSpan(start, p - start);
            var kind = span.Length >= 2 && span.Length <= 11 && char.IsAsciiLetterLower(span[0]) ? Keywords.Classify(span) : TokenKind.Identifier;
            var value = kind == TokenKind.Identifier ? _names.Intern(span) : Keywords.NameId(kind);
            return Make(kind, start, value);
        }

        return ScanIdentifierSlow(start);
    }

    /// <summary>Identifiers with non-ASCII letters or <c>\u</c> escapes: decoded into the scratch buffer, never keywords if escaped.</summary>
    private Token ScanIdentifierSlow(int start)
    {
        _bufferLength = 0;
        _pos = start;
        var escaped = false;
        var first = true;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                var escapeStart = _pos;
                if (Peek(1) != 'u')
                {
                    _pos++;
                    Report(DiagnosticCatalogue.InvalidEscape, new TextSpan(escapeStart, 1));
                    continue;
                }

                _pos += 2;
                var codePoint = ReadUnicodeEscapeValue();
                if (codePoint < 0)
                {
                    Report(DiagnosticCatalogue.InvalidEscape, TextSpan.FromBounds(escapeStart, _pos));
                    continue;
                }

                escaped = true;
                AppendCodePoint(codePoint);
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
            {
                Append(c);
                _pos++;
            }
            else if (c >= 128 && (first ? IsIdentifierStartSlow(_pos) : IsIdentifierPartSlow(_pos)))
            {
                Append(c);
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)))
                {
                    Append(_text[_pos + 1]);
                    _pos++;
                }

                _pos++;
            }
            else
            {
                break;
            }

            first = false;
        }

        var span = _buffer.AsSpan(0, _bufferLength);
        var kind = escaped ? TokenKind.Identifier : Keywords.Classify(span);
        var value = kind == TokenKind.Identifier ? _names.Intern(span) : Keywords.NameId(kind);
        var token = Make(kind, start, value);
        return escaped ? new Token(token.Kind, token.Flags | TokenFlags.Escaped, token.Start, token.Length, token.Value) : token;
    }

    private bool IsIdentifierStartSlow(int p)
    {
        var category = CategoryAt(p);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    private bool IsIdentifierPartSlow(int p)
    {
        var c = _text[p];
        if (c is '\u200C' or '\u200D')
        {
            return true;
        }

        var category = CategoryAt(p);
        return IsIdentifierStartSlow(p) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    private UnicodeCategory CategoryAt(int p)
    {
        var c = _text[p];
        if (char.IsHighSurrogate(c) && p + 1 < _text.Length && char.IsLowSurrogate(_text[p + 1]))
        {
            return Rune.GetUnicodeCategory(new Rune(c, _text[p + 1]));
        }

        return CharUnicodeInfo.GetUnicodeCategory(c);
    }

    private Token ScanNumber(int start)
    {
        var text = _text;
        double value;
        var c1 = Peek(1);
        if (text[start] == '0' && (c1 | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (c1 | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _pos += 2;
            value = ScanRadixDigits(start, radix);
        }
        else
        {
            if (text[start] == '0' && char.IsAsciiDigit(c1))
            {
                Report(DiagnosticCatalogue.LegacyOctalNotSupported, new TextSpan(start, 2));
            }

            value = ScanDecimal(start);
        }

        if (_pos < text.Length && text[_pos] == 'n')
        {
            _pos++;
            Report(DiagnosticCatalogue.BigIntNotSupported, TextSpan.FromBounds(start, _pos));
        }
        else if (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '$' || (text[_pos] >= 128 && IsIdentifierStartSlow(_pos))))
        {
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '$'))
            {
                _pos++;
            }

            Report(DiagnosticCatalogue.InvalidNumber, TextSpan.FromBounds(start, _pos));
        }

        if (_numberCount == _numbers.Length)
        {
            Array.Resize(ref _numbers, _numberCount * 2);
        }

        _numbers[_numberCount] = value;
        return Make(TokenKind.Number, start, _numberCount++);
    }

    private double ScanRadixDigits(int start, int radix)
    {
        var value = 0.0;
        var digits = 0;
        var valid = true;
        var lastWasSeparator = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '_')
            {
                valid &= digits > 0 && !lastWasSeparator;
                lastWasSeparator = true;
                _pos++;
                continue;
            }

            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                // Letters beyond the radix (or digits such as 9 in octal) are reported by the caller.
                if (char.IsAsciiDigit(c))
                {
                    valid = false;
                    _pos++;
                    continue;
                }

                break;
            }

            value = (value * radix) + digit;
            digits++;
            lastWasSeparator = false;
            _pos++;
        }

        if (!valid || digits == 0 || lastWasSeparator)
        {
            Report(DiagnosticCatalogue.InvalidNumber, TextSpan.FromBounds(start, _pos));
        }

        return value;
    }

    private double ScanDecimal(int start)
    {
        var text = _text;
        var separators = false;
        var valid = true;
        var integerOnly = true;
        ScanDigits(ref separators, ref valid);
        if (_pos < text.Length && text[_pos] == '.')
        {
            integerOnly = false;
            _pos++;
            if (_pos < text.Length && text[_pos] == '_')
            {
                valid = false;
            }

            ScanDigits(ref separators, ref valid);
        }

        if (_pos < text.Length && (text[_pos] | 0x20) == 'e')
        {
            var save = _pos;
            _pos++;
            if (_pos < text.Length && text[_pos] is '+' or '-')
            {
                _pos++;
            }

            if (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
            {
                integerOnly = false;
                ScanDigits(ref separators, ref valid);
            }
            else
            {
                _pos = save + 1;
                valid = false;
            }
        }

        if (!valid)
        {
            Report(DiagnosticCatalogue.InvalidNumber, TextSpan.FromBounds(start, _pos));
            return 0;
        }

        var span = text.AsSpan(start, _pos - start);
        if (integerOnly && !separators && span.Length <= 15)
        {
            long whole = 0;
            foreach (var c in span)
            {
                whole = (whole * 10) + (c - '0');
            }

            return whole;
        }

        if (separators)
        {
            _bufferLength = 0;
            foreach (var c in span)
            {
                if (c != '_')
                {
                    Append(c);
                }
            }

            span = _buffer.AsSpan(0, _bufferLength);
        }

        return double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void ScanDigits(ref bool separators, ref bool valid)
    {
        var text = _text;
        var previousDigit = false;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (char.IsAsciiDigit(c))
            {
                previousDigit = true;
            }
            else if (c == '_')
            {
                separators = true;
                var nextIsDigit = _pos + 1 < text.Length && char.IsAsciiDigit(text[_pos + 1]);
                valid &= previousDigit && nextIsDigit;
                previousDigit = false;
            }
            else
            {
                break;
            }

            _pos++;
        }
    }

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

    /// <summary>Scans a template chunk: from <c>`</c> or from the <c>}</c> closing a substitution, up to <c>${</c> or the closing <c>`</c>.</summary>
    private Token ScanTemplate(int start, bool fromBacktick)
    {
        var text = _text;
        _pos = start + 1;
        _bufferLength = 0;
        TokenKind kind;
        while (true)
        {
            if (_pos >= text.Length)
            {
                Report(DiagnosticCatalogue.UnterminatedTemplate, new TextSpan(start, 1));
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
                PushBrace(BraceTemplate);
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
