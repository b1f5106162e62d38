using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Map constructor and Map.prototype (24.1).</summary>
internal static class MapBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.MapPrototype;
        realm.DefineConstructor("Map", 0, proto,
            (r, _, _) => Throw.TypeError<JsValue>(r, "Constructor Map requires 'new'"), Construct);
        realm.DefineMethod(proto, "get", 1, (r, t, a) =>
            This(r, t, "Map.prototype.get").TryGetValue(a.At(0), out var v) ? v : JsValue.Undefined);
        realm.DefineMethod(proto, "set", 2, (r, t, a) =>
        {
            This(r, t, "Map.prototype.set").Set(a.At(0), a.At(1));
            return t;
        });
        realm.DefineMethod(proto, "has", 1, (r, t, a) => This(r, t, "Map.prototype.has").Has(a.At(0)));
        realm.DefineMethod(proto, "delete", 1, (r, t, a) => This(r, t, "Map.prototype.delete").Remove(a.At(0)));
        realm.DefineMethod(proto, "clear", 0, (r, t, _) =>
        {
            This(r, t, "Map.prototype.clear").Clear();
            return JsValue.Undefined;
        });
        realm.DefineGetter(proto, "size", (r, t, _) => This(r, t, "get Map.prototype.size").Count);
        realm.DefineMethod(proto, "forEach", 1, (r, t, a) => ForEach(r, t, a, This(r, t, "Map.prototype.forEach"), isSet: false));
        realm.DefineMethod(proto, "keys", 0, (r, t, _) =>
            new CollectionIterator(r, This(r, t, "Map.prototype.keys"), IterationKind.Keys, isSet: false));
        realm.DefineMethod(proto, "values", 0, (r, t, _) =>
            new CollectionIterator(r, This(r, t, "Map.prototype.values"), IterationKind.Values, isSet: false));
        realm.DefineMethod(proto, "entries", 0, (r, t, _) =>
            new CollectionIterator(r, This(r, t, "Map.prototype.entries"), IterationKind.Entries, isSet: false));
    }

    private static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var map = new JsMap(realm.PrototypeFromConstructor(newTarget, realm.MapPrototype).RootShapeForChildren);
        if (args.At(0).IsNullish)
        {
            return map;
        }
        foreach (var entry in Iteration.ToList(realm, args[0]))
        {
            if (!entry.IsObject)
            {
                Throw.TypeError(realm, ErrorMessages.IteratorValueNotEntry, Inspector.DescribeForError(entry));
            }
            map.Table.Set(MemberAccess.GetIndex(realm, entry, 0), MemberAccess.GetIndex(realm, entry, 1));
        }
        return map;
    }

    private static OrderedTable This(Realm realm, JsValue thisValue, string method) => thisValue.Ref is JsMap map
        ? map.Table
        : Throw.TypeError<OrderedTable>(realm, ErrorMessages.IncompatibleReceiver, method, Inspector.DescribeForError(thisValue));

    /// <summary>Map and Set forEach: visits entries added during the walk, skips those deleted before their turn.</summary>
    internal static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, OrderedTable table, bool isSet)
    {
        var callback = realm.RequireCallable(args.At(0));
        table.ActiveIterators++;
        try
        {
            for (var i = 0; i < table.End; i++)
            {
                if (table.IsLive(i))
                {
                    var key = table.KeyAt(i);
                    callback.Call(realm, args.At(1), [isSet ? key : table.ValueAt(i), key, thisValue]);
                }
            }
        }
        finally
        {
            table.ActiveIterators--;
        }
        return JsValue.Undefined;
    }
}
