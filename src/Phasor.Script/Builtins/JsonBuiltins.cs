using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The JSON object (25.5): parse with an optional reviver, stringify.</summary>
internal static class JsonBuiltins
{
    public static void Install(Realm realm)
    {
        var json = new NamedObject(realm.ObjectPrototype, "JSON");
        realm.GlobalObject.DefineOwn("JSON", json, PropertyFlags.Hidden);
        realm.DefineMethod(json, "parse", 2, (r, _, a) =>
        {
            var value = JsonParser.Parse(r, Conversions.ToString(r, a.At(0)));
            if (a.At(1).Ref is not JsFunction reviver)
            {
                return value;
            }
            var root = r.CreateObject();
            root.DefineOwn("", value);
            return Revive(r, root, "", reviver);
        });
        realm.DefineMethod(json, "stringify", 3, (r, _, a) => JsonStringifier.Stringify(r, a.At(0), a.At(1), a.At(2)));
    }

    /// <summary>InternalizeJSONProperty (25.5.1.1): children first, then the reviver on the holder.</summary>
    private static JsValue Revive(Realm realm, JsObject holder, string key, JsFunction reviver)
    {
        var value = holder.Get(realm, key);
        if (value.Ref is JsObject obj)
        {
            foreach (var childKey in obj.OwnKeys(onlyEnumerable: true))
            {
                var revived = Revive(realm, obj, childKey, reviver);
                if (revived.IsUndefined)
                {
                    obj.Delete(realm, childKey);
                }
                else
                {
                    obj.DefineOwn(childKey, revived);
                }
            }
        }
        return reviver.Call(realm, holder, [key, value]);
    }
}
