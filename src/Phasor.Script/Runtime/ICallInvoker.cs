namespace Phasor.Script.Runtime;

/// <summary>
/// How built-ins call back into script functions; the VM implements it and installs it in <see cref="Realm.Invoker"/>.
/// </summary>
/// <remarks>
/// Contract: both methods run the function to completion on the calling thread and return its result; a script
/// <c>throw</c> surfaces as <see cref="ScriptException"/>. The arguments span may be a view of the caller's
/// registers: copy it if the callee keeps it. <see cref="Construct"/> creates <c>this</c> from
/// <c>newTarget.prototype</c> for base classes and returns the constructed object.
/// </remarks>
internal interface ICallInvoker
{
    JsValue Call(JsFunction function, JsValue thisValue, ReadOnlySpan<JsValue> args);

    JsValue Construct(JsFunction function, ReadOnlySpan<JsValue> args, JsObject newTarget);
}
