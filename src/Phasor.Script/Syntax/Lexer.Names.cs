using System.Globalization;
using System.Text;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Scanning of identifiers and keywords: an ASCII fast path, Unicode letters and \\u escapes off it.</summary>
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
}
