using System.Globalization;

namespace Phasor.Script.Runtime;

/// <summary>String-to-number conversions: StringToNumber (ECMAScript 7.1.4.1.1), parseFloat and parseInt.</summary>
internal static class NumberParser
{
    /// <summary>True for WhiteSpace and LineTerminator code points (ECMAScript 12.2, 12.3), which trim() removes.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F'
            or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>StringToNumber: whitespace-trimmed decimal, 0x/0o/0b integers, Infinity; empty is 0; otherwise NaN.</summary>
    public static double StringToNumber(string text)
    {
        var s = Trim(text);
        if (s.Length == 0)
        {
            return 0;
        }
        if (s.Length > 2 && s[0] == '0')
        {
            var radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 0 };
            if (radix != 0)
            {
                return ParseRadixDigits(s[2..], radix, out var used) is var v && used == s.Length - 2 ? v : double.NaN;
            }
        }
        var length = ScanDecimal(s, out var value);
        return length == s.Length ? value : double.NaN;
    }

    /// <summary>Scans the longest StrDecimalLiteral prefix (with optional sign and Infinity); returns its length (0 if none).</summary>
    private static int ScanDecimal(ReadOnlySpan<char> s, out double value)
    {
        value = double.NaN;
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        if (s[i..].StartsWith("Infinity", StringComparison.Ordinal))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return i + 8;
        }
        var digitsStart = i;
        var intDigits = SkipDigits(s, ref i);
        var fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            var save = i;
            i++;
            fracDigits = SkipDigits(s, ref i);
            if (intDigits == 0 && fracDigits == 0)
            {
                i = save;
            }
        }
        if (intDigits == 0 && fracDigits == 0)
        {
            return 0;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            var save = i;
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }
            if (SkipDigits(s, ref i) == 0)
            {
                i = save;
            }
        }
        value = double.Parse(s[digitsStart..i], NumberStyles.Float, CultureInfo.InvariantCulture);
        if (negative)
        {
            value = -value;
        }
        return i;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && (uint)(s[i] - '0') <= 9)
        {
            i++;
        }
        return i - start;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    // Accumulates digits of the radix; stops at the first non-digit. Exact for results up to 2^53.
    private static double ParseRadixDigits(ReadOnlySpan<char> s, int radix, out int used)
    {
        double value = 0;
        used = 0;
        while (used < s.Length && DigitValue(s[used]) < radix)
        {
            value = (value * radix) + DigitValue(s[used]);
            used++;
        }
        if (used > 0 && radix == 10 && used > 15)
        {
            value = double.Parse(s[..used], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return used == 0 ? double.NaN : value;
    }

    /// <summary>The global parseFloat (ECMAScript 19.2.4).</summary>
    public static double ParseFloat(string text)
    {
        var s = text.AsSpan();
        var start = 0;
        while (start < s.Length && IsWhiteSpace(s[start]))
        {
            start++;
        }
        s = s[start..];
        return s.Length > 0 && ScanDecimal(s, out var value) > 0 ? value : double.NaN;
    }

    /// <summary>The global parseInt (ECMAScript 19.2.5); <paramref name="radix"/> 0 means "detect 0x, else 10".</summary>
    public static double ParseInt(string text, int radix)
    {
        var s = Trim(text);
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        var stripPrefix = true;
        if (radix != 0)
        {
            if (radix < 2 || radix > 36)
            {
                return double.NaN;
            }
            stripPrefix = radix == 16;
        }
        else
        {
            radix = 10;
        }
        if (stripPrefix && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        {
            s = s[2..];
            radix = 16;
        }
        var value = ParseRadixDigits(s, radix, out _);
        return negative && !double.IsNaN(value) ? -value : value;
    }
}
