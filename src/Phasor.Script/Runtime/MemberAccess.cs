using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>Property access on any value (<c>v.x</c>, <c>v[k]</c>): the VM's generic path behind its inline caches.</summary>
/// <remarks>Primitives read from their prototype (String.prototype, ...) with the primitive as receiver, without boxing.</remarks>
internal static class MemberAccess
{
    /// <summary><c>target[key]</c> with a computed key.</summary>
    public static JsValue Get(Realm realm, JsValue target, JsValue key)
    {
        if (key.IsNumber && PropertyKey.IsArrayIndex(key.Number, out var index))
        {
            return GetIndex(realm, target, index);
        }
        if (target.IsNullish)
        {
            ThrowCannotRead(realm, target, key);
        }
        return Get(realm, target, Conversions.ToPropertyKey(realm, key));
    }

    /// <summary><c>target[index]</c> with an array index: the dense array fast path first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue GetIndex(Realm realm, JsValue target, uint index)
    {
        if (target.Ref is JsArray array && array.IsDense && index < array.Length && index < (uint)array.Dense.Length)
        {
            var value = array.Dense[index];
            if (!value.IsHole)
            {
                return value;
            }
        }
        return GetIndexSlow(realm, target, index);
    }

    private static JsValue GetIndexSlow(Realm realm, JsValue target, uint index)
    {
        if (target.Ref is JsObject obj)
        {
            return obj.GetIndex(realm, index);
        }
        if (target.Ref is string s)
        {
            return index < (uint)s.Length ? realm.CharToString(s[(int)index]) : JsValue.Undefined;
        }
        if (target.IsNullish)
        {
            ThrowCannotRead(realm, target, JsValue.FromNumber(index));
        }
        return PrototypeOf(realm, target).GetIndex(realm, index, target);
    }

    /// <summary><c>target.key</c> with a string key.</summary>
    public static JsValue Get(Realm realm, JsValue target, string key)
    {
        if (target.Ref is JsObject obj)
        {
            return obj.Get(realm, key, target);
        }
        if (target.Ref is string s)
        {
            if (key == "length")
            {
                return JsValue.FromNumber(s.Length);
            }
            if (PropertyKey.IsArrayIndex(key, out var index))
            {
                return index < (uint)s.Length ? realm.CharToString(s[(int)index]) : JsValue.Undefined;
            }
        }
        if (target.IsNullish)
        {
            ThrowCannotRead(realm, target, key);
        }
        return PrototypeOf(realm, target).Get(realm, key, target);
    }

    /// <summary>The prototype a primitive's properties come from.</summary>
    public static JsObject PrototypeOf(Realm realm, JsValue primitive) => primitive.Ref switch
    {
        string => realm.StringPrototype,
        JsObject o => o,
        _ when primitive.IsNumber => realm.NumberPrototype,
        _ => realm.BooleanPrototype,
    };

    /// <summary><c>target[key] = value</c>; in strict code refusals throw.</summary>
    public static void Set(Realm realm, JsValue target, JsValue key, JsValue value, bool strict)
    {
        if (target.Ref is JsArray array && key.IsNumber && PropertyKey.IsArrayIndex(key.Number, out var index))
        {
            if (!array.SetOwnElement(index, value) && strict)
            {
                JsObject.Fail(realm, true, ErrorMessages.ReadOnlyProperty, PropertyKey.IndexToString(index), target);
            }
            return;
        }
        if (target.IsNullish)
        {
            Throw.TypeError(realm, ErrorMessages.CannotSetProperties, Conversions.PrimitiveToString(target),
                Conversions.ToString(realm, key));
        }
        Set(realm, target, Conversions.ToPropertyKey(realm, key), value, strict);
    }

    /// <summary><c>target.key = value</c>.</summary>
    public static void Set(Realm realm, JsValue target, string key, JsValue value, bool strict)
    {
        if (target.Ref is JsObject obj)
        {
            obj.Set(realm, key, value, strict);
            return;
        }
        if (target.IsNullish)
        {
            Throw.TypeError(realm, ErrorMessages.CannotSetProperties, Conversions.PrimitiveToString(target), key);
        }
        if (strict)
        {
            Throw.TypeError(realm, "Cannot create property '{0}' on {1} '{2}'", key, Operators.TypeOf(target),
                Conversions.PrimitiveToString(target));
        }
    }

    /// <summary>The <c>delete target[key]</c> operator.</summary>
    public static bool Delete(Realm realm, JsValue target, JsValue key, bool strict)
    {
        if (target.IsNullish)
        {
            Throw.TypeError(realm, ErrorMessages.CannotConvertToObject);
        }
        var name = Conversions.ToPropertyKey(realm, key);
        return target.Ref is not JsObject obj || obj.Delete(realm, name, strict);
    }

    private static void ThrowCannotRead(Realm realm, JsValue target, JsValue key) =>
        ThrowCannotRead(realm, target, Conversions.ToString(realm, key));

    private static void ThrowCannotRead(Realm realm, JsValue target, string key) =>
        Throw.TypeError(realm, ErrorMessages.CannotReadProperties, Conversions.PrimitiveToString(target), key);
}
