using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Function constructor (which refuses: no eval) and Function.prototype call/apply/bind/toString (20.2).</summary>
internal static class FunctionBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.FunctionPrototype;
        realm.FunctionConstructor = realm.DefineConstructor("Function", 1, proto, NotSupported, (r, a, _) => NotSupported(r, default, a));
        realm.DefineMethod(proto, "call", 1, (r, t, a) => Target(r, t).Call(r, a.At(0), a.Length > 1 ? a[1..] : []));
        realm.DefineMethod(proto, "apply", 2, Apply);
        realm.DefineMethod(proto, "bind", 1, (r, t, a) => new BoundFunction(r, Target(r, t), a.At(0), a.Length > 1 ? a[1..].ToArray() : []));
        realm.DefineMethod(proto, "toString", 0, (r, t, _) => ToSource(Target(r, t)));
    }

    private static JsValue NotSupported(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Throw.TypeError<JsValue>(realm, "Function constructor is not supported (code generation from strings is disabled)");

    private static JsFunction Target(Realm realm, JsValue thisValue) => thisValue.Ref as JsFunction
        ?? Throw.TypeError<JsFunction>(realm, ErrorMessages.NotAFunction, "Function.prototype method target");

    private static JsValue Apply(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = Target(realm, thisValue);
        var list = args.At(1);
        if (list.IsNullish)
        {
            return target.Call(realm, args.At(0), []);
        }
        if (list.Ref is not JsObject obj)
        {
            return Throw.TypeError<JsValue>(realm, "CreateListFromArrayLike called on non-object");
        }
        var length = Conversions.ToLength(realm, obj.Get(realm, "length"));
        var items = new JsValue[length];
        for (uint i = 0; i < length; i++)
        {
            items[i] = obj.GetIndex(realm, i);
        }
        return target.Call(realm, args.At(0), items);
    }

    /// <summary>Function.prototype.toString: source text is not kept, so every function prints as native code.</summary>
    private static string ToSource(JsFunction function) =>
        function.IsClassConstructor ? "class " + function.Name + " { }" : "function " + function.Name + "() { [native code] }";
}
