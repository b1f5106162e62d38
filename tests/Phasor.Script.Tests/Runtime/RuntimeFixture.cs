using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>A realm with captured console output and helpers to call built-ins the way script code would.</summary>
internal sealed class RuntimeFixture
{
    public RuntimeFixture()
    {
        Realm = new Realm(Output, Output, randomSeed: 42);
    }

    public StringWriter Output { get; } = new();

    public Realm Realm { get; }

    /// <summary>Reads a global by dotted path, e.g. "JSON.parse".</summary>
    public JsValue Global(string path)
    {
        JsValue value = Realm.GlobalObject;
        foreach (var part in path.Split('.'))
        {
            value = MemberAccess.Get(Realm, value, part);
        }
        return value;
    }

    /// <summary>Calls a global function such as "Object.keys" with the owner as <c>this</c>.</summary>
    public JsValue Call(string path, params JsValue[] args)
    {
        var dot = path.LastIndexOf('.');
        var owner = dot < 0 ? Realm.GlobalObject : Global(path[..dot]);
        return Realm.Call(MemberAccess.Get(Realm, owner, path[(dot + 1)..]), owner, args);
    }

    /// <summary>Calls a method on a value: <c>target.method(...args)</c>.</summary>
    public JsValue Invoke(JsValue target, string method, params JsValue[] args) =>
        Realm.Call(MemberAccess.Get(Realm, target, method), target, args);

    public JsValue Json(string text) => Call("JSON.parse", text);

    public string Stringify(JsValue value) => Conversions.ToString(Realm, Call("JSON.stringify", value));

    public string Inspect(JsValue value) => Inspector.Inspect(Realm, value);

    public JsValue New(string constructor, params JsValue[] args) => Realm.Construct(Global(constructor), args);

    public HostFunction Function(Func<JsValue[], JsValue> body) =>
        Realm.CreateFunction("f", 1, (_, _, a) => body(a.ToArray()));

    /// <summary>Runs code expected to throw a script error; returns "Name: message".</summary>
    public string ErrorOf(Action action)
    {
        var exception = Assert.Throws<ScriptException>(action);
        var error = Assert.IsType<JsError>(exception.Value.Ref);
        return error.Summary;
    }
}
