using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>A function an embedder registered: a host function body whose .NET exceptions become script errors.</summary>
/// <remarks>
/// Unlike the built-ins' <see cref="HostFunction"/>, a failure in embedder code is expected and must reach the script
/// as an error it can catch (see <see cref="ScriptEngine.ToScriptException"/>), not as a .NET exception that unwinds
/// the whole evaluation. Budget exhaustion, cancellation and the heap limit pass through untouched.
/// </remarks>
internal sealed class EmbedderFunction : JsFunction
{
    private readonly ScriptEngine _engine;
    private readonly HostFunctionBody? _call;
    private readonly HostConstructorBody? _construct;
    private readonly JsFunction? _baseClass;
    private readonly bool _isClass;

    /// <summary>Creates a function; a class constructor has no <paramref name="call"/> (calling it without new is a TypeError).</summary>
    public EmbedderFunction(ScriptEngine engine, string name, int length, HostFunctionBody? call, HostConstructorBody? construct = null, JsFunction? baseClass = null)
        : base(engine.Realm.FunctionPrototype)
    {
        _engine = engine;
        _call = call;
        _construct = construct;
        _baseClass = baseClass;
        _isClass = call is null;
        DefineNameAndLength(name, length);
    }

    public override bool IsConstructor => _construct is not null || _isClass;

    public override bool IsClassConstructor => _isClass;

    public override JsFunction? BaseClass => _baseClass;

    public override JsValue Call(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (_call is null)
        {
            return Throw.TypeError<JsValue>(realm, ErrorMessages.ClassWithoutNew, Name);
        }

        Exception fault;
        try
        {
            return _call(realm, thisValue, args);
        }
        catch (Exception e) when (ScriptEngine.IsHostFault(e))
        {
            fault = e;
        }

        // Thrown after the catch block, not inside it: a catch block runs on top of the stack it unwinds, so throwing
        // from it at every level of deep host/script recursion would pile up exception dispatch frames.
        throw _engine.ToScriptException(fault);
    }

    public override JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (_construct is null)
        {
            return Throw.TypeError<JsValue>(realm, HostMessages.IllegalConstructor);
        }

        Exception fault;
        try
        {
            return _construct(realm, args, newTarget);
        }
        catch (Exception e) when (ScriptEngine.IsHostFault(e))
        {
            fault = e;
        }

        throw _engine.ToScriptException(fault);
    }
}
