using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>The ECMAScript operators (13.x) over <see cref="JsValue"/>: number fast paths inline, coercions out of line.</summary>
internal static class Operators
{
    /// <summary>The <c>+</c> operator (13.15.3 ApplyStringOrNumericBinaryOperator).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Add(Realm realm, JsValue left, JsValue right)
    {
        if (left.IsNumber && right.IsNumber)
        {
            return JsValue.FromNumber(left.Number + right.Number);
        }
        return AddSlow(realm, left, right);
    }

    private static JsValue AddSlow(Realm realm, JsValue left, JsValue right)
    {
        if (left.Ref is string ls && right.Ref is string rs)
        {
            return Concat(realm, ls, rs);
        }
        var lp = Conversions.ToPrimitive(realm, left);
        var rp = Conversions.ToPrimitive(realm, right);
        if (lp.IsString || rp.IsString)
        {
            return Concat(realm, Conversions.ToString(realm, lp), Conversions.ToString(realm, rp));
        }
        return JsValue.FromNumber(Conversions.PrimitiveToNumber(lp) + Conversions.PrimitiveToNumber(rp));
    }

    /// <summary>String concatenation, checked against the maximum string length and the heap limit when long.</summary>
    private static JsValue Concat(Realm realm, string left, string right)
    {
        HeapGuard.ReserveString(realm, (long)left.Length + right.Length);
        return JsValue.FromString(string.Concat(left, right));
    }

    public static double Subtract(Realm realm, JsValue left, JsValue right) =>
        Conversions.ToNumber(realm, left) - Conversions.ToNumber(realm, right);

    public static double Multiply(Realm realm, JsValue left, JsValue right) =>
        Conversions.ToNumber(realm, left) * Conversions.ToNumber(realm, right);

    public static double Divide(Realm realm, JsValue left, JsValue right) =>
        Conversions.ToNumber(realm, left) / Conversions.ToNumber(realm, right);

    /// <summary>Number::remainder (6.1.6.1.6): C#'s IEEE fmod matches, including the sign of zero.</summary>
    public static double Remainder(Realm realm, JsValue left, JsValue right) =>
        Conversions.ToNumber(realm, left) % Conversions.ToNumber(realm, right);

    public static double Exponentiate(Realm realm, JsValue left, JsValue right) =>
        Power(Conversions.ToNumber(realm, left), Conversions.ToNumber(realm, right));

    /// <summary>Number::exponentiate (6.1.6.1.3): differs from Math.Pow for NaN exponents and |base| = 1 with infinite exponents.</summary>
    public static double Power(double x, double y)
    {
        if (double.IsNaN(y))
        {
            return double.NaN;
        }
        if (double.IsInfinity(y) && Math.Abs(x) == 1)
        {
            return double.NaN;
        }
        return Math.Pow(x, y);
    }

    public static int BitAnd(Realm realm, JsValue l, JsValue r) => Conversions.ToInt32(realm, l) & Conversions.ToInt32(realm, r);

    public static int BitOr(Realm realm, JsValue l, JsValue r) => Conversions.ToInt32(realm, l) | Conversions.ToInt32(realm, r);

    public static int BitXor(Realm realm, JsValue l, JsValue r) => Conversions.ToInt32(realm, l) ^ Conversions.ToInt32(realm, r);

    public static int ShiftLeft(Realm realm, JsValue l, JsValue r) =>
        Conversions.ToInt32(realm, l) << (int)(Conversions.ToUint32(Conversions.ToNumber(realm, r)) & 31);

    public static int ShiftRight(Realm realm, JsValue l, JsValue r) =>
        Conversions.ToInt32(realm, l) >> (int)(Conversions.ToUint32(Conversions.ToNumber(realm, r)) & 31);

    public static uint ShiftRightUnsigned(Realm realm, JsValue l, JsValue r) =>
        Conversions.ToUint32(Conversions.ToNumber(realm, l)) >> (int)(Conversions.ToUint32(Conversions.ToNumber(realm, r)) & 31);

    /// <summary><c>a &lt; b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(Realm realm, JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? a.Number < b.Number : Compare(realm, a, b, leftFirst: true) == true;

    /// <summary><c>a &gt; b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThan(Realm realm, JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? a.Number > b.Number : Compare(realm, b, a, leftFirst: false) == true;

    /// <summary><c>a &lt;= b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThanOrEqual(Realm realm, JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? a.Number <= b.Number : Compare(realm, b, a, leftFirst: false) == false;

    /// <summary><c>a &gt;= b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThanOrEqual(Realm realm, JsValue a, JsValue b) =>
        a.IsNumber && b.IsNumber ? a.Number >= b.Number : Compare(realm, a, b, leftFirst: true) == false;

    /// <summary>IsLessThan (7.2.13): true, false, or null for undefined (a NaN was involved).</summary>
    public static bool? Compare(Realm realm, JsValue x, JsValue y, bool leftFirst)
    {
        JsValue px, py;
        if (leftFirst)
        {
            px = Conversions.ToPrimitive(realm, x, PrimitiveHint.Number);
            py = Conversions.ToPrimitive(realm, y, PrimitiveHint.Number);
        }
        else
        {
            py = Conversions.ToPrimitive(realm, y, PrimitiveHint.Number);
            px = Conversions.ToPrimitive(realm, x, PrimitiveHint.Number);
        }
        if (px.Ref is string sx && py.Ref is string sy)
        {
            return string.CompareOrdinal(sx, sy) < 0;
        }
        var nx = Conversions.PrimitiveToNumber(px);
        var ny = Conversions.PrimitiveToNumber(py);
        if (double.IsNaN(nx) || double.IsNaN(ny))
        {
            return null;
        }
        return nx < ny;
    }

    /// <summary>IsStrictlyEqual (7.2.16), the <c>===</c> operator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StrictEquals(JsValue a, JsValue b)
    {
        if (a.IsNumber)
        {
            return b.IsNumber && a.Number == b.Number;
        }
        return StrictEqualsSlow(a, b);
    }

    private static bool StrictEqualsSlow(JsValue a, JsValue b)
    {
        if (a.Ref is string sa)
        {
            return b.Ref is string sb && string.Equals(sa, sb);
        }
        if (a.IsBoolean)
        {
            return b.IsBoolean && a.Boolean == b.Boolean;
        }
        return ReferenceEquals(a.Ref, b.Ref);
    }

    /// <summary>IsLooselyEqual (7.2.15), the <c>==</c> operator.</summary>
    public static bool LooseEquals(Realm realm, JsValue a, JsValue b)
    {
        while (true)
        {
            if (SameType(a, b))
            {
                return StrictEquals(a, b);
            }
            if (a.IsNullish && b.IsNullish)
            {
                return true;
            }
            if (a.IsNullish || b.IsNullish)
            {
                return false;
            }
            if (a.IsNumber && b.IsString)
            {
                return a.Number == NumberParser.StringToNumber(b.String);
            }
            if (a.IsString && b.IsNumber)
            {
                return NumberParser.StringToNumber(a.String) == b.Number;
            }
            if (a.IsBoolean)
            {
                a = JsValue.FromNumber(a.Number);
                continue;
            }
            if (b.IsBoolean)
            {
                b = JsValue.FromNumber(b.Number);
                continue;
            }
            if (b.IsObject && (a.IsNumber || a.IsString))
            {
                b = Conversions.ToPrimitive(realm, b);
                continue;
            }
            if (a.IsObject && (b.IsNumber || b.IsString))
            {
                a = Conversions.ToPrimitive(realm, a);
                continue;
            }
            return false;
        }
    }

    private static bool SameType(JsValue a, JsValue b)
    {
        if (a.IsObject)
        {
            return b.IsObject;
        }
        if (a.IsString)
        {
            return b.IsString;
        }
        return ReferenceEquals(a.Ref, b.Ref);
    }

    /// <summary>SameValue (7.2.10), used by Object.is: NaN equals NaN, +0 differs from -0.</summary>
    public static bool SameValue(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber)
        {
            return a.Number.Equals(b.Number) && double.IsNegative(a.Number) == double.IsNegative(b.Number);
        }
        return StrictEquals(a, b);
    }

    /// <summary>SameValueZero (7.2.11), used by includes, Map and Set: NaN equals NaN, +0 equals -0.</summary>
    public static bool SameValueZero(JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber)
        {
            return a.Number == b.Number || (double.IsNaN(a.Number) && double.IsNaN(b.Number));
        }
        return StrictEquals(a, b);
    }

    /// <summary>The <c>typeof</c> operator (13.5.3).</summary>
    public static string TypeOf(JsValue value) => value.Ref switch
    {
        null => "undefined",
        string => "string",
        JsFunction => "function",
        JsObject => "object",
        _ when value.IsNumber => "number",
        _ when value.IsBoolean => "boolean",
        _ => "object",
    };

    /// <summary>The <c>instanceof</c> operator (13.10.2 InstanceofOperator, without Symbol.hasInstance).</summary>
    public static bool InstanceOf(Realm realm, JsValue value, JsValue target)
    {
        if (!target.IsObject)
        {
            Throw.TypeError(realm, ErrorMessages.InstanceofNotObject);
        }
        if (target.Ref is not JsFunction function)
        {
            return Throw.TypeError<bool>(realm, ErrorMessages.InstanceofNotCallable);
        }
        while (function is BoundFunction bound)
        {
            function = bound.Target;
        }
        if (!value.TryGetObject(out var obj))
        {
            return false;
        }
        var proto = function.FixedPrototype;
        if (proto is null)
        {
            var prototype = function.Get(realm, "prototype");
            if (!prototype.TryGetObject(out proto))
            {
                return Throw.TypeError<bool>(realm, "Function has non-object prototype '{0}' in instanceof check",
                    Conversions.PrimitiveToString(prototype));
            }
        }
        for (var o = obj.Prototype; o is not null; o = o.Prototype)
        {
            if (ReferenceEquals(o, proto))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The <c>in</c> operator (13.10.1).</summary>
    public static bool In(Realm realm, JsValue key, JsValue target)
    {
        if (!target.TryGetObject(out var obj))
        {
            return Throw.TypeError<bool>(realm, ErrorMessages.InNotObject,
                Conversions.ToString(realm, key), Conversions.PrimitiveToString(target));
        }
        return obj.HasProperty(Conversions.ToPropertyKey(realm, key));
    }
}
