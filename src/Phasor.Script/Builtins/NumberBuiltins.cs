using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Number constructor, its constants and predicates, and Number.prototype formatting (21.1).</summary>
internal static class NumberBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.NumberPrototype;
        var ctor = realm.DefineConstructor("Number", 1, proto,
            (r, _, a) => a.Length == 0 ? 0 : Conversions.ToNumber(r, a[0]), null);
        ctor.DefineOwn("MAX_SAFE_INTEGER", 9007199254740991.0, PropertyFlags.None);
        ctor.DefineOwn("MIN_SAFE_INTEGER", -9007199254740991.0, PropertyFlags.None);
        ctor.DefineOwn("MAX_VALUE", double.MaxValue, PropertyFlags.None);
        ctor.DefineOwn("MIN_VALUE", double.Epsilon, PropertyFlags.None);
        ctor.DefineOwn("EPSILON", Math.Pow(2, -52), PropertyFlags.None);
        ctor.DefineOwn("POSITIVE_INFINITY", double.PositiveInfinity, PropertyFlags.None);
        ctor.DefineOwn("NEGATIVE_INFINITY", double.NegativeInfinity, PropertyFlags.None);
        ctor.DefineOwn("NaN", double.NaN, PropertyFlags.None);
        realm.DefineMethod(ctor, "isInteger", 1, (_, _, a) => a.At(0).IsNumber && IsInteger(a[0].Number));
        realm.DefineMethod(ctor, "isSafeInteger", 1, (_, _, a) =>
            a.At(0).IsNumber && IsInteger(a[0].Number) && Math.Abs(a[0].Number) <= 9007199254740991.0);
        realm.DefineMethod(ctor, "isFinite", 1, (_, _, a) => a.At(0).IsNumber && double.IsFinite(a[0].Number));
        realm.DefineMethod(ctor, "isNaN", 1, (_, _, a) => a.At(0).IsNumber && double.IsNaN(a[0].Number));

        realm.DefineMethod(proto, "toString", 1, ToStringMethod);
        realm.DefineMethod(proto, "toLocaleString", 0, (r, t, _) => ToLocale(ThisNumber(r, t)));
        realm.DefineMethod(proto, "valueOf", 0, (r, t, _) => ThisNumber(r, t));
        realm.DefineMethod(proto, "toFixed", 1, (r, t, a) =>
        {
            var x = ThisNumber(r, t);
            var digits = Conversions.ToIntegerOrInfinity(r, a.At(0));
            if (digits < 0 || digits > 100)
            {
                Throw.RangeError(r, ErrorMessages.ToFixedDigits);
            }
            return NumberFormatter.ToFixed(x, (int)digits);
        });
        realm.DefineMethod(proto, "toPrecision", 1, (r, t, a) =>
        {
            var x = ThisNumber(r, t);
            if (a.At(0).IsUndefined)
            {
                return NumberFormatter.ToString(x);
            }
            var p = Conversions.ToIntegerOrInfinity(r, a[0]);
            if (!double.IsFinite(x))
            {
                return NumberFormatter.ToString(x);
            }
            if (p < 1 || p > 100)
            {
                Throw.RangeError(r, ErrorMessages.ToPrecisionDigits);
            }
            return NumberFormatter.ToPrecision(x, (int)p);
        });
        realm.DefineMethod(proto, "toExponential", 1, (r, t, a) =>
        {
            var x = ThisNumber(r, t);
            var f = Conversions.ToIntegerOrInfinity(r, a.At(0));
            if (!double.IsFinite(x))
            {
                return NumberFormatter.ToString(x);
            }
            if (f < 0 || f > 100)
            {
                Throw.RangeError(r, ErrorMessages.ToExponentialDigits);
            }
            return NumberFormatter.ToExponential(x, a.At(0).IsUndefined ? null : (int)f);
        });
    }

    private static bool IsInteger(double n) => double.IsFinite(n) && Math.Truncate(n) == n;

    private static double ThisNumber(Realm realm, JsValue thisValue) => thisValue.IsNumber
        ? thisValue.Number
        : Throw.TypeError<double>(realm, "Number.prototype.valueOf requires that 'this' be a Number");

    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var x = ThisNumber(realm, thisValue);
        var radix = args.At(0).IsUndefined ? 10 : Conversions.ToIntegerOrInfinity(realm, args[0]);
        if (radix < 2 || radix > 36)
        {
            Throw.RangeError(realm, ErrorMessages.RadixRange);
        }
        return NumberFormatter.ToString(x, (int)radix);
    }

    /// <summary>toLocaleString as en-US formats by default: grouping commas and at most three fraction digits.</summary>
    private static string ToLocale(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? "NaN" : x > 0 ? "∞" : "-∞";
        }
        var text = Math.Round(x, 3, MidpointRounding.AwayFromZero).ToString("#,##0.###", System.Globalization.CultureInfo.InvariantCulture);
        return text == "-0" ? "-0" : text;
    }
}
