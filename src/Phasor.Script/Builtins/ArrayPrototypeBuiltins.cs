using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Array.prototype (ECMAScript 23.1.3): the mutating and searching methods; callbacks and sorting sit in
/// partial files beside this one.</summary>
internal static partial class ArrayPrototypeBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.ArrayPrototype;
        realm.DefineMethod(proto, "push", 1, Push);
        realm.DefineMethod(proto, "pop", 0, Pop);
        realm.DefineMethod(proto, "shift", 0, Shift);
        realm.DefineMethod(proto, "unshift", 1, Unshift);
        realm.DefineMethod(proto, "slice", 2, Slice);
        realm.DefineMethod(proto, "splice", 2, Splice);
        realm.DefineMethod(proto, "indexOf", 1, IndexOf);
        realm.DefineMethod(proto, "lastIndexOf", 1, LastIndexOf);
        realm.DefineMethod(proto, "includes", 1, Includes);
        realm.DefineMethod(proto, "join", 1, (r, t, a) => Join(r, ArrayLike.This(r, t), a.At(0)));
        realm.DefineMethod(proto, "toString", 0, (r, t, _) => Join(r, ArrayLike.This(r, t), default));
        realm.DefineMethod(proto, "fill", 1, Fill);
        realm.DefineMethod(proto, "concat", 1, Concat);
        realm.DefineMethod(proto, "reverse", 0, Reverse);
        realm.DefineMethod(proto, "at", 1, At);
        realm.DefineMethod(proto, "flat", 0, Flat);
        realm.DefineMethod(proto, "keys", 0, (r, t, _) => new ArrayIterator(r, ArrayLike.This(r, t), IterationKind.Keys));
        realm.DefineMethod(proto, "values", 0, (r, t, _) => new ArrayIterator(r, ArrayLike.This(r, t), IterationKind.Values));
        realm.DefineMethod(proto, "entries", 0, (r, t, _) => new ArrayIterator(r, ArrayLike.This(r, t), IterationKind.Entries));
        InstallIteration(realm, proto);
        InstallSorting(realm, proto);
    }

    private static JsValue Push(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is JsArray array)
        {
            foreach (var item in args)
            {
                if (!array.Push(item))
                {
                    JsObject.Fail(realm, true, ErrorMessages.NotExtensible, PropertyKey.IndexToString(array.Length), array);
                }
            }
            return array.Length;
        }
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        foreach (var item in args)
        {
            ArrayLike.Set(realm, obj, length++, item);
        }
        ArrayLike.SetLength(realm, obj, length);
        return length;
    }

    private static JsValue Pop(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        if (length == 0)
        {
            ArrayLike.SetLength(realm, obj, 0);
            return JsValue.Undefined;
        }
        var value = ArrayLike.Get(realm, obj, length - 1);
        ArrayLike.Delete(realm, obj, length - 1);
        ArrayLike.SetLength(realm, obj, length - 1);
        return value;
    }

    private static JsValue Shift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        if (length == 0)
        {
            ArrayLike.SetLength(realm, obj, 0);
            return JsValue.Undefined;
        }
        var first = ArrayLike.Get(realm, obj, 0);
        if (obj is JsArray { IsDense: true } array && array.Dense.Length >= length && array.IsExtensible)
        {
            Array.Copy(array.Dense, 1, array.Dense, 0, (int)length - 1);
            array.Dense[length - 1] = JsValue.Hole;
        }
        else
        {
            Move(realm, obj, 1, 0, length - 1);
            ArrayLike.Delete(realm, obj, length - 1);
        }
        ArrayLike.SetLength(realm, obj, length - 1);
        return first;
    }

    /// <summary>Moves count elements from index from to index to, preserving holes, in the safe direction.</summary>
    private static void Move(Realm realm, JsObject obj, long from, long to, long count)
    {
        if (from > to)
        {
            for (long k = 0; k < count; k++)
            {
                MoveOne(realm, obj, from + k, to + k);
            }
        }
        else
        {
            for (var k = count - 1; k >= 0; k--)
            {
                MoveOne(realm, obj, from + k, to + k);
            }
        }
    }

    private static void MoveOne(Realm realm, JsObject obj, long from, long to)
    {
        if (ArrayLike.TryGet(realm, obj, from, out var value))
        {
            ArrayLike.Set(realm, obj, to, value);
        }
        else
        {
            ArrayLike.Delete(realm, obj, to);
        }
    }

    private static JsValue Unshift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        if (args.Length > 0)
        {
            if (obj is JsArray array)
            {
                array.Grow((uint)(length + args.Length));
            }
            Move(realm, obj, 0, args.Length, length);
            for (var i = 0; i < args.Length; i++)
            {
                ArrayLike.Set(realm, obj, i, args[i]);
            }
        }
        ArrayLike.SetLength(realm, obj, length + args.Length);
        return length + args.Length;
    }

    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var start = Conversions.RelativeIndex(realm, args.At(0), length, 0);
        var end = Conversions.RelativeIndex(realm, args.At(1), length, length);
        var result = realm.CreateArray((int)Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value))
            {
                result.DefineOwnElement((uint)(i - start), value);
            }
        }
        result.SetLength((uint)Math.Max(0, end - start));
        return result;
    }

    private static JsValue Splice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var start = Conversions.RelativeIndex(realm, args.At(0), length, 0);
        long deleteCount = args.Length switch
        {
            0 => 0,
            1 => length - start,
            _ => (long)Math.Min(Math.Max(Conversions.ToIntegerOrInfinity(realm, args[1]), 0), length - start),
        };
        var items = args.Length > 2 ? args[2..] : [];
        var removed = realm.CreateArray((int)deleteCount);
        for (long k = 0; k < deleteCount; k++)
        {
            if (ArrayLike.TryGet(realm, obj, start + k, out var value))
            {
                removed.DefineOwnElement((uint)k, value);
            }
        }
        removed.SetLength((uint)deleteCount);
        var delta = items.Length - deleteCount;
        if (delta != 0)
        {
            Move(realm, obj, start + deleteCount, start + items.Length, length - start - deleteCount);
            for (var k = length; k > length + delta; k--)
            {
                ArrayLike.Delete(realm, obj, k - 1);
            }
        }
        for (var i = 0; i < items.Length; i++)
        {
            ArrayLike.Set(realm, obj, start + i, items[i]);
        }
        ArrayLike.SetLength(realm, obj, length + delta);
        return removed;
    }

    private static JsValue IndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        for (var i = Conversions.RelativeIndex(realm, args.At(1), length, 0); i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value) && Operators.StrictEquals(value, args.At(0)))
            {
                return i;
            }
        }
        return -1;
    }

    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var from = args.Length > 1 ? (long)Math.Min(Conversions.ToIntegerOrInfinity(realm, args[1]), length - 1) : length - 1;
        if (from < 0 && args.Length > 1)
        {
            from += length;
        }
        for (var i = from; i >= 0; i--)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value) && Operators.StrictEquals(value, args.At(0)))
            {
                return i;
            }
        }
        return -1;
    }

    private static JsValue Includes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        for (var i = Conversions.RelativeIndex(realm, args.At(1), length, 0); i < length; i++)
        {
            if (Operators.SameValueZero(ArrayLike.Get(realm, obj, i), args.At(0)))
            {
                return true;
            }
        }
        return false;
    }

    [ThreadStatic]
    private static HashSet<JsObject>? t_joining;

    /// <summary>Array.prototype.join; an array reached again while joining itself contributes "" (as engines do).</summary>
    public static JsValue Join(Realm realm, JsObject obj, JsValue separatorValue)
    {
        var separator = separatorValue.IsUndefined ? "," : Conversions.ToString(realm, separatorValue);
        t_joining ??= [];
        if (!t_joining.Add(obj))
        {
            return JsValue.EmptyString;
        }
        try
        {
            var length = ArrayLike.Length(realm, obj);
            var sb = new StringBuilder();
            for (long i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    sb.Append(separator);
                }
                var value = ArrayLike.Get(realm, obj, i);
                if (!value.IsNullish)
                {
                    sb.Append(Conversions.ToString(realm, value));
                }

                if ((i & 0xFFF) == 0xFFF)
                {
                    // A join over a huge sparse array stops at the maximum string length instead of exhausting memory.
                    HeapGuard.ReserveString(realm, sb.Length);
                }
            }

            HeapGuard.ReserveString(realm, sb.Length);
            return sb.ToString();
        }
        finally
        {
            t_joining.Remove(obj);
        }
    }

    private static JsValue Fill(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var start = Conversions.RelativeIndex(realm, args.At(1), length, 0);
        var end = Conversions.RelativeIndex(realm, args.At(2), length, length);
        for (var i = start; i < end; i++)
        {
            ArrayLike.Set(realm, obj, i, args.At(0));
        }
        return obj;
    }

    private static JsValue Concat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var result = realm.CreateArray();
        long n = 0;
        void Append(JsValue item)
        {
            if (item.Ref is JsArray source)
            {
                for (uint i = 0; i < source.Length; i++)
                {
                    if (ArrayLike.TryGet(realm, source, i, out var value))
                    {
                        result.DefineOwnElement((uint)n, value);
                    }
                    n++;
                }
                result.SetLength((uint)n);
                return;
            }
            result.DefineOwnElement((uint)n++, item);
        }
        Append(thisValue.IsObject ? thisValue : ArrayLike.This(realm, thisValue));
        foreach (var item in args)
        {
            Append(item);
        }
        return result;
    }

    private static JsValue Reverse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        for (long lower = 0, upper = length - 1; lower < upper; lower++, upper--)
        {
            var hasLower = ArrayLike.TryGet(realm, obj, lower, out var lowerValue);
            var hasUpper = ArrayLike.TryGet(realm, obj, upper, out var upperValue);
            if (hasUpper)
            {
                ArrayLike.Set(realm, obj, lower, upperValue);
            }
            else
            {
                ArrayLike.Delete(realm, obj, lower);
            }
            if (hasLower)
            {
                ArrayLike.Set(realm, obj, upper, lowerValue);
            }
            else
            {
                ArrayLike.Delete(realm, obj, upper);
            }
        }
        return obj;
    }

    private static JsValue At(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var relative = Conversions.ToIntegerOrInfinity(realm, args.At(0));
        var k = relative >= 0 ? relative : length + relative;
        return k < 0 || k >= length ? JsValue.Undefined : ArrayLike.Get(realm, obj, (long)k);
    }

    private static JsValue Flat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var depth = args.At(0).IsUndefined ? 1 : Conversions.ToIntegerOrInfinity(realm, args.At(0));
        var result = realm.CreateArray();
        Flatten(realm, result, obj, depth);
        return result;
    }

    private static void Flatten(Realm realm, JsArray target, JsObject source, double depth)
    {
        var length = ArrayLike.Length(realm, source);
        for (long i = 0; i < length; i++)
        {
            if (!ArrayLike.TryGet(realm, source, i, out var value))
            {
                continue;
            }
            if (depth > 0 && value.Ref is JsArray inner)
            {
                Flatten(realm, target, inner, depth - 1);
            }
            else
            {
                target.Push(value);
            }
        }
    }
}
