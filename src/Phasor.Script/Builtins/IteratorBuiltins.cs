using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The <c>next()</c> methods of the built-in iterator prototypes, returning <c>{ value, done }</c> (27.1).</summary>
internal static class IteratorBuiltins
{
    public static void Install(Realm realm)
    {
        foreach (var proto in new[] { realm.ArrayIteratorPrototype, realm.StringIteratorPrototype, realm.MapIteratorPrototype, realm.SetIteratorPrototype })
        {
            realm.DefineMethod(proto, "next", 0, Next);
        }
    }

    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not JsIterator iterator)
        {
            return Throw.TypeError<JsValue>(realm, ErrorMessages.IncompatibleReceiver, "next", Inspector.DescribeForError(thisValue));
        }
        var done = !iterator.TryStep(realm, out var value);
        return CreateResult(realm, value, done);
    }

    /// <summary>CreateIterResultObject (7.4.14).</summary>
    public static JsObject CreateResult(Realm realm, JsValue value, bool done)
    {
        var result = realm.CreateObject();
        result.AddOwn("value", value, PropertyFlags.Default);
        result.AddOwn("done", done, PropertyFlags.Default);
        return result;
    }
}
