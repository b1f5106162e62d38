using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Array constructor: Array(n), Array(...items), Array.isArray, Array.from, Array.of (23.1.1-2).</summary>
internal static class ArrayBuiltins
{
    public static void Install(Realm realm)
    {
        var ctor = realm.DefineConstructor("Array", 1, realm.ArrayPrototype,
            (r, _, a) => Create(r, a, r.ArrayPrototype),
            (r, a, nt) => Create(r, a, r.PrototypeFromConstructor(nt, r.ArrayPrototype)));
        realm.ArrayConstructor = ctor;
        realm.DefineMethod(ctor, "isArray", 1, (_, _, a) => a.At(0).Ref is JsArray);
        realm.DefineMethod(ctor, "of", 0, (r, _, a) => r.CreateArray(a));
        realm.DefineMethod(ctor, "from", 1, From);
    }

    private static JsValue Create(Realm realm, ReadOnlySpan<JsValue> args, JsObject prototype)
    {
        JsArray array;
        if (args.Length == 1 && args[0].IsNumber)
        {
            var length = Conversions.ToUint32(args[0].Number);
            if (length != args[0].Number)
            {
                Throw.RangeError(realm, ErrorMessages.InvalidArrayLength);
            }
            array = new JsArray(prototype.RootShapeForChildren, (int)Math.Min(length, 1u << 16));
            array.SetLength(length);
        }
        else
        {
            array = new JsArray(prototype.RootShapeForChildren, args.Length);
            foreach (var item in args)
            {
                array.Push(item);
            }
        }
        return array;
    }

    private static JsValue From(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var source = args.At(0);
        var mapper = args.At(1);
        JsFunction? map = mapper.IsUndefined ? null : realm.RequireCallable(mapper);
        List<JsValue> items;
        if (source.IsNullish)
        {
            return Throw.TypeError<JsValue>(realm, ErrorMessages.NotIterable, Conversions.PrimitiveToString(source));
        }
        if (source.Ref is JsObject obj and not (JsArray or JsMap or JsSet or JsIterator) && !obj.HasProperty("next"))
        {
            // An array-like: { length: n, 0: ..., 1: ... }.
            var length = Conversions.ToLength(realm, obj.Get(realm, "length"));
            items = new List<JsValue>((int)Math.Min(length, 1 << 20));
            for (uint i = 0; i < length; i++)
            {
                items.Add(obj.GetIndex(realm, i));
            }
        }
        else if (source.IsObject || source.IsString)
        {
            items = Iteration.ToList(realm, source);
        }
        else
        {
            items = [];
        }
        var array = realm.CreateArray(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.Push(map is null ? items[i] : map.Call(realm, args.At(2), [items[i], i]));
        }
        return array;
    }
}
