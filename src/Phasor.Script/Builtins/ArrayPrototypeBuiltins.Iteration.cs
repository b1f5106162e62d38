using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Array.prototype methods that call back into script: forEach, map, filter, reduce, some, every, find...</summary>
internal static partial class ArrayPrototypeBuiltins
{
    private static void InstallIteration(Realm realm, JsObject proto)
    {
        realm.DefineMethod(proto, "forEach", 1, ForEach);
        realm.DefineMethod(proto, "map", 1, Map);
        realm.DefineMethod(proto, "filter", 1, Filter);
        realm.DefineMethod(proto, "some", 1, (r, t, a) => Any(r, t, a, want: true));
        realm.DefineMethod(proto, "every", 1, (r, t, a) => !Any(r, t, a, want: false));
        realm.DefineMethod(proto, "reduce", 1, (r, t, a) => Reduce(r, t, a, fromEnd: false));
        realm.DefineMethod(proto, "reduceRight", 1, (r, t, a) => Reduce(r, t, a, fromEnd: true));
        realm.DefineMethod(proto, "find", 1, (r, t, a) => Find(r, t, a, fromEnd: false, wantIndex: false));
        realm.DefineMethod(proto, "findIndex", 1, (r, t, a) => Find(r, t, a, fromEnd: false, wantIndex: true));
        realm.DefineMethod(proto, "findLast", 1, (r, t, a) => Find(r, t, a, fromEnd: true, wantIndex: false));
        realm.DefineMethod(proto, "findLastIndex", 1, (r, t, a) => Find(r, t, a, fromEnd: true, wantIndex: true));
        realm.DefineMethod(proto, "flatMap", 1, FlatMap);
    }

    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        var callArgs = new JsValue[3];
        for (long i = 0; i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value))
            {
                callArgs[0] = value;
                callArgs[1] = i;
                callArgs[2] = obj;
                callback.Call(realm, args.At(1), callArgs);
            }
        }
        return JsValue.Undefined;
    }

    private static JsValue Map(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        var result = realm.CreateArray((int)Math.Min(length, 1 << 20));
        result.SetLength((uint)length);
        for (long i = 0; i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value))
            {
                result.DefineOwnElement((uint)i, callback.Call(realm, args.At(1), [value, i, obj]));
            }
        }
        return result;
    }

    private static JsValue Filter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        var result = realm.CreateArray();
        for (long i = 0; i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value)
                && Conversions.ToBoolean(callback.Call(realm, args.At(1), [value, i, obj])))
            {
                result.Push(value);
            }
        }
        return result;
    }

    private static bool Any(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool want)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        for (long i = 0; i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value)
                && Conversions.ToBoolean(callback.Call(realm, args.At(1), [value, i, obj])) == want)
            {
                return true;
            }
        }
        return false;
    }

    private static JsValue Reduce(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool fromEnd)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        var step = fromEnd ? -1 : 1;
        var i = fromEnd ? length - 1 : 0;
        JsValue accumulator;
        if (args.Length > 1)
        {
            accumulator = args[1];
        }
        else
        {
            while (i >= 0 && i < length && !ArrayLike.TryGet(realm, obj, i, out _))
            {
                i += step;
            }
            if (i < 0 || i >= length)
            {
                return Throw.TypeError<JsValue>(realm, ErrorMessages.ReduceOfEmptyArray);
            }
            accumulator = ArrayLike.Get(realm, obj, i);
            i += step;
        }
        for (; i >= 0 && i < length; i += step)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value))
            {
                accumulator = callback.Call(realm, JsValue.Undefined, [accumulator, value, i, obj]);
            }
        }
        return accumulator;
    }

    private static JsValue Find(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool fromEnd, bool wantIndex)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        for (long n = 0; n < length; n++)
        {
            var i = fromEnd ? length - 1 - n : n;
            var value = ArrayLike.Get(realm, obj, i);
            if (Conversions.ToBoolean(callback.Call(realm, args.At(1), [value, i, obj])))
            {
                return wantIndex ? i : value;
            }
        }
        return wantIndex ? -1 : JsValue.Undefined;
    }

    private static JsValue FlatMap(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var callback = realm.RequireCallable(args.At(0));
        var result = realm.CreateArray();
        for (long i = 0; i < length; i++)
        {
            if (!ArrayLike.TryGet(realm, obj, i, out var value))
            {
                continue;
            }
            var mapped = callback.Call(realm, args.At(1), [value, i, obj]);
            if (mapped.Ref is JsArray inner)
            {
                Flatten(realm, result, inner, 0);
            }
            else
            {
                result.Push(mapped);
            }
        }
        return result;
    }
}
