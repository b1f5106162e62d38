namespace Phasor.Script.Runtime;

/// <summary>Factories and calls on a realm: objects, arrays, errors, functions, and [[Call]] with a callability check.</summary>
internal sealed partial class Realm
{
    public JsObject CreateObject() => new(ObjectRootShape);

    public JsArray CreateArray(int capacity = 0) => new(this, capacity);

    public JsArray CreateArray(ReadOnlySpan<JsValue> items)
    {
        var array = new JsArray(this, items.ToArray(), items.Length);
        return array;
    }

    /// <summary>Creates an error object with <c>stack</c> and <c>message</c> as V8 lays them out (both non-enumerable).</summary>
    public JsError CreateError(ErrorKind kind, string message) => CreateError(ErrorPrototype(kind), message);

    public JsError CreateError(JsObject prototype, string? message)
    {
        var error = new JsError(prototype.RootShapeForChildren);
        error.AddOwn("stack", JsValue.Undefined, PropertyFlags.Hidden);
        if (message is not null)
        {
            error.AddOwn("message", message, PropertyFlags.Hidden);
        }
        error.Slots[0] = error.Summary + (StackTraceProvider?.Invoke() ?? "");
        return error;
    }

    public HostFunction CreateFunction(string name, int length, HostFunctionBody body) => new(this, name, length, body);

    /// <summary>Defines a built-in method: writable, configurable, not enumerable.</summary>
    public HostFunction DefineMethod(JsObject target, string name, int length, HostFunctionBody body)
    {
        var function = new HostFunction(this, name, length, body);
        target.DefineOwn(name, function, PropertyFlags.Hidden);
        return function;
    }

    public void DefineGetter(JsObject target, string name, HostFunctionBody body) =>
        target.DefineAccessor(name, new HostFunction(this, "get " + name, 0, body), null, PropertyFlags.Configurable);

    /// <summary>Creates a constructor bound to <paramref name="prototype"/> both ways and defines it on the global object.</summary>
    public HostFunction DefineConstructor(string name, int length, JsObject prototype, HostFunctionBody call, HostConstructorBody? construct)
    {
        var constructor = new HostFunction(this, name, length, call, construct);
        constructor.DefineFixedPrototype(prototype);
        prototype.DefineOwn("constructor", constructor, PropertyFlags.Hidden);
        GlobalObject.DefineOwn(name, constructor, PropertyFlags.Hidden);
        return constructor;
    }

    /// <summary>GetPrototypeFromConstructor (10.1.14): newTarget.prototype when it is an object, else the fallback.</summary>
    public JsObject PrototypeFromConstructor(JsObject newTarget, JsObject fallback) =>
        (newTarget as JsFunction)?.FixedPrototype ?? newTarget.Get(this, "prototype").Ref as JsObject ?? fallback;

    /// <summary>Call(F, V, args) (7.3.14): throws "x is not a function" for non-callables.</summary>
    public JsValue Call(JsValue callee, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (callee.Ref is JsFunction function)
        {
            return function.Call(this, thisValue, args);
        }
        return Throw.TypeError<JsValue>(this, ErrorMessages.NotAFunction, Inspector.DescribeForError(callee));
    }

    /// <summary>Construct(F, args) (7.3.15) with F as new.target.</summary>
    public JsValue Construct(JsValue callee, ReadOnlySpan<JsValue> args)
    {
        if (callee.Ref is JsFunction { IsConstructor: true } function)
        {
            return function.Construct(this, args, function);
        }
        return Throw.TypeError<JsValue>(this, ErrorMessages.NotAConstructor, Inspector.DescribeForError(callee));
    }

    /// <summary>The callback argument of a built-in (map, forEach, ...), checked callable up front as the spec orders.</summary>
    public JsFunction RequireCallable(JsValue value)
    {
        if (value.Ref is JsFunction function)
        {
            return function;
        }
        return Throw.TypeError<JsFunction>(this, ErrorMessages.NotAFunction, Inspector.DescribeForError(value));
    }
}
