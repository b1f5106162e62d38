using System.Globalization;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Scanning of numeric literals: decimal, hex, octal and binary, separators and exponents.</summary>
internal sealed partial class Lexer
{
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
}
