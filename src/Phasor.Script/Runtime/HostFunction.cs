namespace Phasor.Script.Runtime;

/// <summary>A function implemented in C#: built-ins and functions registered by an embedder.</summary>
internal sealed class HostFunction : JsFunction
{
    private readonly HostFunctionBody _body;
    private readonly HostConstructorBody? _construct;

    public HostFunction(Realm realm, string name, int length, HostFunctionBody body, HostConstructorBody? construct = null)
        : base(realm.FunctionPrototype)
    {
        _body = body;
        _construct = construct;
        DefineNameAndLength(name, length);
    }

    private HostFunction(JsObject prototype, HostFunctionBody body)
        : base(prototype)
    {
        _body = body;
        DefineNameAndLength("", 0);
    }

    /// <summary>Creates %Function.prototype%: itself a function (returning undefined) whose prototype is Object.prototype.</summary>
    internal static HostFunction CreateFunctionPrototype(Realm realm, JsObject objectPrototype) =>
        new(objectPrototype, static (_, _, _) => JsValue.Undefined);

    public override bool IsConstructor => _construct is not null;

    public override JsValue Call(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => _body(realm, thisValue, args);

    public override JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (_construct is null)
        {
            Throw.TypeError(realm, ErrorMessages.NotAConstructor, Name);
        }
        return _construct(realm, args, newTarget);
    }
}
