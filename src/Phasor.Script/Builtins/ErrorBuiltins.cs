using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Error and the native error constructors (20.5): message, name, stack, optional cause, toString.</summary>
internal static class ErrorBuiltins
{
    public static void Install(Realm realm)
    {
        var errorPrototype = new JsObject(realm.ObjectPrototype);
        var error = Define(realm, ErrorKind.Error, errorPrototype, realm.FunctionPrototype);
        realm.DefineMethod(errorPrototype, "toString", 0, ToStringMethod);
        foreach (var kind in new[] { ErrorKind.TypeError, ErrorKind.RangeError, ErrorKind.ReferenceError, ErrorKind.SyntaxError, ErrorKind.EvalError, ErrorKind.URIError })
        {
            var constructor = Define(realm, kind, new JsObject(errorPrototype), error);
            constructor.SetPrototype(error);
        }
    }

    private static HostFunction Define(Realm realm, ErrorKind kind, JsObject prototype, JsObject constructorPrototype)
    {
        var name = kind.ToString();
        var constructor = realm.DefineConstructor(name, 1, prototype,
            (r, _, a) => Create(r, a, r.ErrorPrototype(kind)),
            (r, a, nt) => Create(r, a, r.PrototypeFromConstructor(nt, r.ErrorPrototype(kind))));
        prototype.DefineOwn("name", name, PropertyFlags.Hidden);
        prototype.DefineOwn("message", "", PropertyFlags.Hidden);
        realm.SetError(kind, prototype, constructor);
        return constructor;
    }

    private static JsValue Create(Realm realm, ReadOnlySpan<JsValue> args, JsObject prototype)
    {
        var message = args.At(0).IsUndefined ? null : Conversions.ToString(realm, args[0]);
        var error = realm.CreateError(prototype, message);
        if (args.At(1).Ref is JsObject options && options.HasProperty("cause"))
        {
            error.DefineOwn("cause", options.Get(realm, "cause"), PropertyFlags.Hidden);
        }
        return error;
    }

    /// <summary>Error.prototype.toString (20.5.3.4): "name: message", either part omitted when empty.</summary>
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.Ref is not JsObject obj)
        {
            return Throw.TypeError<JsValue>(realm, ErrorMessages.CalledOnNonObject, "Error.prototype.toString");
        }
        var nameValue = obj.Get(realm, "name");
        var name = nameValue.IsUndefined ? "Error" : Conversions.ToString(realm, nameValue);
        var messageValue = obj.Get(realm, "message");
        var message = messageValue.IsUndefined ? "" : Conversions.ToString(realm, messageValue);
        return name.Length == 0 ? message : message.Length == 0 ? name : name + ": " + message;
    }
}
