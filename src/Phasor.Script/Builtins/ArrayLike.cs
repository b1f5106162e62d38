using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Generic element access for Array.prototype methods, which work on arrays and on array-like objects.</summary>
internal static class ArrayLike
{
    public static JsObject This(Realm realm, JsValue thisValue) => thisValue.Ref as JsObject
        ?? (thisValue.IsNullish
            ? Throw.TypeError<JsObject>(realm, ErrorMessages.CannotConvertToObject)
            : thisValue.Ref is string s ? realm.CreateArray(s.Select(c => (JsValue)realm.CharToString(c)).ToArray())
            : realm.CreateArray(0));

    public static long Length(Realm realm, JsObject obj) =>
        obj is JsArray array ? array.Length : Conversions.ToLength(realm, obj.Get(realm, "length"));

    public static void SetLength(Realm realm, JsObject obj, long length)
    {
        if (obj is JsArray array)
        {
            if (length > uint.MaxValue || !array.SetLength((uint)length))
            {
                if (length > uint.MaxValue)
                {
                    Throw.RangeError(realm, ErrorMessages.InvalidArrayLength);
                }
                JsObject.Fail(realm, true, ErrorMessages.ReadOnlyProperty, "length", obj);
            }
            return;
        }
        obj.Set(realm, "length", length, throwOnFailure: true);
    }

    public static JsValue Get(Realm realm, JsObject obj, long index) => obj.GetIndex(realm, (uint)index);

    /// <summary>HasProperty + Get: false for holes, which callbacks of forEach/map/filter skip.</summary>
    public static bool TryGet(Realm realm, JsObject obj, long index, out JsValue value)
    {
        for (var o = obj; o is not null; o = o.Prototype)
        {
            if (o.TryGetOwnElement((uint)index, out value))
            {
                if (value.Ref is PropertyAccessor)
                {
                    value = obj.GetIndex(realm, (uint)index);
                }

                return true;
            }
        }
        value = default;
        return false;
    }

    public static void Set(Realm realm, JsObject obj, long index, JsValue value) =>
        obj.SetIndex(realm, (uint)index, value, throwOnFailure: true);

    public static void Delete(Realm realm, JsObject obj, long index)
    {
        if (!obj.DeleteOwnElement((uint)index))
        {
            JsObject.Fail(realm, true, ErrorMessages.CannotDelete, PropertyKey.IndexToString((uint)index), obj);
        }
    }
}
