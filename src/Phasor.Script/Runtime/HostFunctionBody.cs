namespace Phasor.Script.Runtime;

/// <summary>The C# body of a host function: receives the realm, <c>this</c> and the arguments.</summary>
internal delegate JsValue HostFunctionBody(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args);

/// <summary>The C# body of a host constructor: builds the object, taking its prototype from <paramref name="newTarget"/>.</summary>
internal delegate JsValue HostConstructorBody(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget);
