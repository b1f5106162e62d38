using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Set constructor and Set.prototype (24.2).</summary>
internal static class SetBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.SetPrototype;
        realm.DefineConstructor("Set", 0, proto,
            (r, _, _) => Throw.TypeError<JsValue>(r, "Constructor Set requires 'new'"), Construct);
        realm.DefineMethod(proto, "add", 1, (r, t, a) =>
        {
            var table = This(r, t, "Set.prototype.add");
            if (!table.Has(a.At(0)))
            {
                table.Set(a.At(0), a.At(0));
            }
            return t;
        });
        realm.DefineMethod(proto, "has", 1, (r, t, a) => This(r, t, "Set.prototype.has").Has(a.At(0)));
        realm.DefineMethod(proto, "delete", 1, (r, t, a) => This(r, t, "Set.prototype.delete").Remove(a.At(0)));
        realm.DefineMethod(proto, "clear", 0, (r, t, _) =>
        {
            This(r, t, "Set.prototype.clear").Clear();
            return JsValue.Undefined;
        });
        realm.DefineGetter(proto, "size", (r, t, _) => This(r, t, "get Set.prototype.size").Count);
        realm.DefineMethod(proto, "forEach", 1, (r, t, a) => MapBuiltins.ForEach(r, t, a, This(r, t, "Set.prototype.forEach"), isSet: true));
        var values = realm.DefineMethod(proto, "values", 0, (r, t, _) =>
            new CollectionIterator(r, This(r, t, "Set.prototype.values"), IterationKind.Values, isSet: true));
        proto.DefineOwn("keys", values, PropertyFlags.Hidden);
        realm.DefineMethod(proto, "entries", 0, (r, t, _) =>
            new CollectionIterator(r, This(r, t, "Set.prototype.entries"), IterationKind.Entries, isSet: true));
    }

    private static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var set = new JsSet(realm.PrototypeFromConstructor(newTarget, realm.SetPrototype).RootShapeForChildren);
        if (!args.At(0).IsNullish)
        {
            foreach (var value in Iteration.ToList(realm, args[0]))
            {
                if (!set.Table.Has(value))
                {
                    set.Table.Set(value, value);
                }
            }
        }
        return set;
    }

    private static OrderedTable This(Realm realm, JsValue thisValue, string method) => thisValue.Ref is JsSet set
        ? set.Table
        : Throw.TypeError<OrderedTable>(realm, ErrorMessages.IncompatibleReceiver, method, Inspector.DescribeForError(thisValue));
}
