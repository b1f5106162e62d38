namespace Phasor.Script.Runtime;

/// <summary>GetIterator for built-ins that consume iterables (Array.from, new Map, new Set, spread).</summary>
/// <remarks>Without symbols, the iterables are the built-in ones: arrays, strings, Map, Set, iterators, and objects
/// with a <c>next</c> method.</remarks>
internal static class Iteration
{
    /// <summary>An iterator over <paramref name="iterable"/>, or a TypeError "x is not iterable".</summary>
    public static JsIterator GetIterator(Realm realm, JsValue iterable)
    {
        switch (iterable.Ref)
        {
            case JsArray array:
                return new ArrayIterator(realm, array, IterationKind.Values) { IsInternal = true };
            case string s:
                return new StringIterator(realm, s) { IsInternal = true };
            case JsMap map:
                return new CollectionIterator(realm, map.Table, IterationKind.Entries, isSet: false) { IsInternal = true };
            case JsSet set:
                return new CollectionIterator(realm, set.Table, IterationKind.Values, isSet: true) { IsInternal = true };
            case JsIterator iterator:
                return iterator;
            case JsObject obj when obj.Get(realm, "next").Ref is JsFunction next:
                return new ProtocolIterator(realm, obj, next);
            default:
                return Throw.TypeError<JsIterator>(realm, ErrorMessages.NotIterable, Inspector.DescribeForError(iterable));
        }
    }

    /// <summary>All values of an iterable, eagerly.</summary>
    public static List<JsValue> ToList(Realm realm, JsValue iterable)
    {
        if (iterable.Ref is JsArray array && array.IsDense)
        {
            return [.. array.ToArray(realm)];
        }
        var iterator = GetIterator(realm, iterable);
        var items = new List<JsValue>();
        while (iterator.TryStep(realm, out var value))
        {
            items.Add(value);
        }
        return items;
    }

    /// <summary>Adapts a script object with a <c>next()</c> method returning <c>{ value, done }</c>.</summary>
    private sealed class ProtocolIterator(Realm realm, JsObject target, JsFunction next)
        : JsIterator(realm.IteratorPrototype.RootShapeForChildren)
    {
        public override bool TryStep(Realm realm, out JsValue value)
        {
            value = default;
            if (Done)
            {
                return false;
            }
            var result = next.Call(realm, target, []);
            if (!result.TryGetObject(out var record))
            {
                return Throw.TypeError<bool>(realm, "Iterator result {0} is not an object", Inspector.DescribeForError(result));
            }
            if (Conversions.ToBoolean(record.Get(realm, "done")))
            {
                Done = true;
                return false;
            }
            value = record.Get(realm, "value");
            return true;
        }

        /// <summary>IteratorClose (7.4.11) on the script's object: calls its <c>return</c> method if it has one, which must return an object.</summary>
        public override void Close()
        {
            if (Done)
            {
                return;
            }

            Done = true;
            var method = target.Get(realm, "return");
            if (method.IsNullish)
            {
                return;
            }

            if (method.Ref is not JsFunction function)
            {
                Throw.TypeError(realm, ErrorMessages.NotAFunction, Inspector.DescribeForError(method));
                return;
            }

            var result = function.Call(realm, target, []);
            if (!result.IsObject)
            {
                Throw.TypeError(realm, "Iterator result {0} is not an object", Inspector.DescribeForError(result));
            }
        }
    }
}
