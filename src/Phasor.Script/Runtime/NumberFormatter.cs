using System.Globalization;
using System.Numerics;
using System.Text;

namespace Phasor.Script.Runtime;

/// <summary>Number-to-string conversions exactly as ECMAScript specifies them (Number::toString, toFixed, toPrecision, toExponential).</summary>
internal static class NumberFormatter
{
    private const string Digits36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static readonly string[] s_small = CreateSmall();

    private static string[] CreateSmall()
    {
        var strings = new string[256];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = i.ToString(CultureInfo.InvariantCulture);
        }
        return strings;
    }

    /// <summary>Number::toString(x) with radix 10 (ECMAScript 6.1.6.1.20): shortest round-trip digits.</summary>
    public static string ToString(double value)
    {
        var asInt = (int)value;
        if (asInt == value && (uint)asInt < 256 && !(value == 0 && double.IsNegative(value)))
        {
            return s_small[asInt];
        }
        return ToStringSlow(value);
    }

    private static string ToStringSlow(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (value == 0)
        {
            return "0";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value < 0)
        {
            return "-" + ToStringSlow(-value);
        }
        if (value < 1e21 && value == Math.Floor(value) && value < 9007199254740992)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }
        var (digits, n) = ShortestDigits(value);
        return Compose(digits, n);
    }

    /// <summary>The shortest round-trip decimal digits of a positive finite value and n with value = 0.d1d2... * 10^n.</summary>
    internal static (string Digits, int N) ShortestDigits(double value) =>
        SplitDigits(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Parses .NET's "R"/"E" output ("1.2345E-07", "123.45", "1.5e+003") into digits and the decimal exponent n.</summary>
    private static (string Digits, int N) SplitDigits(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = text;
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text[..e];
        }
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = point < 0 ? mantissa : mantissa[..point];
        var fracPart = point < 0 ? "" : mantissa[(point + 1)..];
        var all = intPart + fracPart;
        var n = intPart.Length + exponent;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }
        n -= lead;
        var digits = all[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, n);
    }

    private static string Compose(string digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }
        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }
        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }
        return ExponentForm(digits, n - 1);
    }

    private static string ExponentForm(string digits, int exponent)
    {
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Number.prototype.toString(radix) for radix 2..36 (radix 10 goes to <see cref="ToString(double)"/>).</summary>
    public static string ToString(double value, int radix)
    {
        if (radix == 10 || double.IsNaN(value) || double.IsInfinity(value) || value == 0)
        {
            return ToString(value);
        }
        var negative = value < 0;
        if (negative)
        {
            value = -value;
        }
        var integer = Math.Floor(value);
        var fraction = value - integer;
        var fractionText = new StringBuilder();
        // Emit fraction digits until the remaining fraction is below the precision of the input (half an ulp).
        var delta = Math.Max(0.5 * (Math.BitIncrement(value) - value), double.Epsilon);
        if (fraction >= delta)
        {
            do
            {
                fraction *= radix;
                delta *= radix;
                var digit = (int)fraction;
                fractionText.Append(Digits36[digit]);
                fraction -= digit;
                if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) && fraction + delta > 1)
                {
                    integer += RoundUp(fractionText, radix);
                    break;
                }
            }
            while (fraction >= delta);
        }
        var text = IntegerToRadix(integer, radix);
        if (fractionText.Length > 0)
        {
            text += "." + fractionText;
        }
        return negative ? "-" + text : text;
    }

    // Propagates a carry backwards through the fraction digits; returns 1 when it reaches the integer part.
    private static int RoundUp(StringBuilder fraction, int radix)
    {
        for (var i = fraction.Length - 1; i >= 0; i--)
        {
            var digit = Digits36.IndexOf(fraction[i], StringComparison.Ordinal) + 1;
            if (digit < radix)
            {
                fraction[i] = Digits36[digit];
                fraction.Length = i + 1;
                return 0;
            }
        }
        fraction.Length = 0;
        return 1;
    }

    private static string IntegerToRadix(double integer, int radix)
    {
        var text = new StringBuilder();
        // Digits below the precision of a double print as zeros, as V8 does.
        while (integer / radix >= 9007199254740992.0)
        {
            integer = Math.Floor(integer / radix);
            text.Insert(0, '0');
        }
        var big = new BigInteger(integer);
        do
        {
            var remainder = (int)(big % radix);
            text.Insert(0, Digits36[remainder]);
            big /= radix;
        }
        while (big > 0);
        return text.ToString();
    }

    /// <summary>Number.prototype.toFixed (ECMAScript 21.1.3.3); digits already validated to 0..100.</summary>
    public static string ToFixed(double value, int digits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (Math.Abs(value) >= 1e21 || double.IsInfinity(value))
        {
            return ToString(value);
        }
        if (value == 0)
        {
            value = 0;
        }
        var text = Math.Abs(value).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return value < 0 ? "-" + text : text;
    }

    /// <summary>Number.prototype.toExponential; <paramref name="fractionDigits"/> null means as many as needed.</summary>
    public static string ToExponential(double value, int? fractionDigits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return ToString(value);
        }
        var negative = value < 0;
        value = Math.Abs(value);
        string digits;
        int n;
        if (value == 0)
        {
            digits = new string('0', (fractionDigits ?? 0) + 1);
            n = 1;
        }
        else if (fractionDigits is { } f)
        {
            (digits, n) = RoundedDigits(value, f + 1);
        }
        else
        {
            (digits, n) = ShortestDigits(value);
        }
        var text = ExponentForm(digits, n - 1);
        return negative ? "-" + text : text;
    }

    /// <summary>Number.prototype.toPrecision (ECMAScript 21.1.3.5); precision already validated to 1..100.</summary>
    public static string ToPrecision(double value, int precision)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return ToString(value);
        }
        var negative = value < 0;
        value = Math.Abs(value);
        string digits;
        int e;
        if (value == 0)
        {
            digits = new string('0', precision);
            e = 0;
        }
        else
        {
            (digits, var n) = RoundedDigits(value, precision);
            e = n - 1;
        }
        string text;
        if (e < -6 || e >= precision)
        {
            text = ExponentForm(digits, e);
        }
        else if (e == precision - 1)
        {
            text = digits;
        }
        else if (e >= 0)
        {
            text = digits[..(e + 1)] + "." + digits[(e + 1)..];
        }
        else
        {
            text = "0." + new string('0', -(e + 1)) + digits;
        }
        return negative ? "-" + text : text;
    }

    // Exactly `count` significant digits, rounded half up on the exact binary value, with n as in ShortestDigits.
    private static (string Digits, int N) RoundedDigits(double value, int count)
    {
        var text = value.ToString("E" + (count - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var digits = text[..e].Replace(".", "", StringComparison.Ordinal);
        return (digits, exponent + 1);
    }
}
