namespace Phasor.Script.Runtime;

/// <summary>The invoker of a realm without a VM: it refuses to run script functions (host functions run directly).</summary>
internal sealed class HostOnlyInvoker : ICallInvoker
{
    public static readonly HostOnlyInvoker Instance = new();

    public JsValue Call(JsFunction function, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        throw new InvalidOperationException("No VM is attached to this realm to call script function '" + function.Name + "'.");

    public JsValue Construct(JsFunction function, ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        throw new InvalidOperationException("No VM is attached to this realm to construct '" + function.Name + "'.");
}
