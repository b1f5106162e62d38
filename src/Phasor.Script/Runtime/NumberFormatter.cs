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

    // V8's DoubleToRadixCString integer part: digits below the precision of a double print as zeros, and the
    // remaining digits come from double arithmetic (so results match V8 even where they are not exact).
    private static string IntegerToRadix(double integer, int radix)
    {
        var text = new StringBuilder();
        var zeros = 0;
        while (integer / radix >= 9007199254740992.0)
        {
            integer /= radix;
            zeros++;
        }
        do
        {
            var remainder = integer % radix;
            text.Insert(0, Digits36[(int)remainder]);
            integer = (integer - remainder) / radix;
        }
        while (integer > 0);
        return text.Append('0', zeros).ToString();
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
        var n = RoundScaled(Math.Abs(value), digits).ToString(CultureInfo.InvariantCulture);
        if (digits > 0)
        {
            n = n.PadLeft(digits + 1, '0');
            n = n[..^digits] + "." + n[^digits..];
        }
        return value < 0 ? "-" + n : n;
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

    // Exactly `count` significant digits of the exact binary value, ties rounded up, with n as in ShortestDigits.
    private static (string Digits, int N) RoundedDigits(double value, int count)
    {
        var k = (int)Math.Floor(Math.Log10(value));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var n = RoundScaled(value, count - 1 - k);
            if (n >= BigInteger.Pow(10, count))
            {
                k++;
                continue;
            }
            if (n < BigInteger.Pow(10, count - 1))
            {
                k--;
                continue;
            }
            return (n.ToString(CultureInfo.InvariantCulture), k + 1);
        }
        var last = RoundScaled(value, count - 1 - k).ToString(CultureInfo.InvariantCulture);
        return (last[..count], k + 1);
    }

    /// <summary>round(value * 10^scale) computed exactly on the binary value, halves rounded up (the larger n).</summary>
    private static BigInteger RoundScaled(double value, int scale)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        BigInteger numerator = mantissa;
        BigInteger denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }
        if (scale >= 0)
        {
            numerator *= BigInteger.Pow(10, scale);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -scale);
        }
        return ((2 * numerator) + denominator) / (2 * denominator);
    }
}
