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
        if (!separators && span.Length <= 16 && TryFastDecimal(span, integerOnly, out var fast))
        {
            return fast;
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

    private static readonly double[] s_powersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    /// <summary>Integers and plain decimals of up to 15 digits without an exponent, exactly as double.Parse would give them.</summary>
    /// <remarks>Both the digits (below 2^53) and the power of ten are exact doubles, so one correctly rounded division is the correctly rounded result (Clinger's fast path).</remarks>
    private static bool TryFastDecimal(ReadOnlySpan<char> span, bool integerOnly, out double value)
    {
        long digits = 0;
        var count = 0;
        var fraction = -1;
        foreach (var c in span)
        {
            if (c == '.')
            {
                fraction = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            digits = (digits * 10) + (c - '0');
            count++;
            if (fraction >= 0)
            {
                fraction++;
            }
        }

        if (count > 15 || (!integerOnly && fraction < 0))
        {
            value = 0;
            return false;
        }

        value = fraction > 0 ? digits / s_powersOfTen[fraction] : digits;
        return true;
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
