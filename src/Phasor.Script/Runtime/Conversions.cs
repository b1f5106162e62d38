using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>The abstract conversion operations of ECMAScript 7.1, fast paths inlineable and slow paths out of line.</summary>
internal static class Conversions
{
    /// <summary>ToBoolean (7.1.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(JsValue value)
    {
        if (value.IsNumber)
        {
            var n = value.Number;
            return n != 0 && !double.IsNaN(n);
        }
        return ToBooleanSlow(value);
    }

    private static bool ToBooleanSlow(JsValue value) => value.Ref switch
    {
        null => false,
        string s => s.Length != 0,
        JsObject => true,
        _ => value.IsBoolean && value.Boolean,
    };

    /// <summary>ToNumber (7.1.4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToNumber(Realm realm, JsValue value) => value.IsNumber ? value.Number : ToNumberSlow(realm, value);

    private static double ToNumberSlow(Realm realm, JsValue value) => value.Ref switch
    {
        null => double.NaN,
        string s => NumberParser.StringToNumber(s),
        JsObject => ToNumber(realm, ToPrimitive(realm, value, PrimitiveHint.Number)),
        _ => value.IsBoolean ? value.Number : 0,
    };

    /// <summary>ToNumber of a primitive (no realm needed); objects give NaN.</summary>
    public static double PrimitiveToNumber(JsValue value) => value.Ref switch
    {
        null => double.NaN,
        string s => NumberParser.StringToNumber(s),
        JsObject => double.NaN,
        _ => value.Number,
    };

    /// <summary>ToString (7.1.17).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ToString(Realm realm, JsValue value) => value.Ref is string s ? s : ToStringSlow(realm, value);

    private static string ToStringSlow(Realm realm, JsValue value) =>
        value.IsObject ? ToString(realm, ToPrimitive(realm, value, PrimitiveHint.String)) : PrimitiveToString(value);

    /// <summary>ToString of a primitive (no realm needed).</summary>
    public static string PrimitiveToString(JsValue value) => value.Ref switch
    {
        null => "undefined",
        string s => s,
        _ when value.IsNumber => NumberFormatter.ToString(value.Number),
        _ when value.IsBoolean => value.Boolean ? "true" : "false",
        _ when value.IsNull => "null",
        _ => value.ToString(),
    };

    /// <summary>ToPropertyKey (7.1.19): the string key for a computed member access.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ToPropertyKey(Realm realm, JsValue value) => value.Ref is string s ? s : ToPropertyKeySlow(realm, value);

    private static string ToPropertyKeySlow(Realm realm, JsValue value) =>
        value.IsNumber && PropertyKey.IsArrayIndex(value.Number, out var index)
            ? PropertyKey.IndexToString(index)
            : ToString(realm, value);

    /// <summary>ToPrimitive (7.1.1) through OrdinaryToPrimitive: valueOf/toString in the order the hint gives.</summary>
    public static JsValue ToPrimitive(Realm realm, JsValue value, PrimitiveHint hint = PrimitiveHint.Default)
    {
        if (!value.TryGetObject(out var obj))
        {
            return value;
        }
        var first = hint == PrimitiveHint.String ? "toString" : "valueOf";
        var second = hint == PrimitiveHint.String ? "valueOf" : "toString";
        if (TryCallConverter(realm, obj, first, out var result) || TryCallConverter(realm, obj, second, out result))
        {
            return result;
        }
        return Throw.TypeError<JsValue>(realm, ErrorMessages.CannotConvertToPrimitive);
    }

    private static bool TryCallConverter(Realm realm, JsObject obj, string name, out JsValue result)
    {
        var method = obj.Get(realm, name);
        if (method.Ref is JsFunction function)
        {
            result = function.Call(realm, obj, []);
            return !result.IsObject;
        }
        result = default;
        return false;
    }

    /// <summary>ToIntegerOrInfinity (7.1.5).</summary>
    public static double ToIntegerOrInfinity(Realm realm, JsValue value)
    {
        var n = ToNumber(realm, value);
        if (double.IsNaN(n) || n == 0)
        {
            return 0;
        }
        return Math.Truncate(n);
    }

    /// <summary>ToInt32 (7.1.6).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInt32(double value)
    {
        var i = (int)value;
        return i == value ? i : ToInt32Slow(value);
    }

    private static int ToInt32Slow(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return 0;
        }
        var m = Math.Truncate(value) % 4294967296.0;
        if (m < 0)
        {
            m += 4294967296.0;
        }
        return unchecked((int)(uint)m);
    }

    /// <summary>ToUint32 (7.1.7).</summary>
    public static uint ToUint32(double value) => unchecked((uint)ToInt32(value));

    public static int ToInt32(Realm realm, JsValue value) => ToInt32(ToNumber(realm, value));

    /// <summary>ToLength (7.1.20) clamped to int for .NET indexing of array-likes.</summary>
    public static long ToLength(Realm realm, JsValue value)
    {
        var n = ToIntegerOrInfinity(realm, value);
        return n <= 0 ? 0 : (long)Math.Min(n, 9007199254740991);
    }

    /// <summary>ToObject (7.1.18) for values with object semantics; primitives other than undefined/null are boxed only
    /// as far as property access needs: this returns null for them and callers use the primitive's prototype.</summary>
    public static JsObject? ToObjectOrNull(Realm realm, JsValue value)
    {
        if (value.IsNullish)
        {
            Throw.TypeError(realm, ErrorMessages.CannotConvertToObject);
        }
        return value.Ref as JsObject;
    }

    /// <summary>Relative index resolution used by slice, at, splice, fill (negative counts from the end).</summary>
    public static long RelativeIndex(Realm realm, JsValue value, long length, long defaultValue)
    {
        if (value.IsUndefined)
        {
            return defaultValue;
        }
        var n = ToIntegerOrInfinity(realm, value);
        if (n < 0)
        {
            return (long)Math.Max(0, length + n);
        }
        return (long)Math.Min(n, length);
    }
}
