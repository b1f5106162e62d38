namespace Phasor.Script.Runtime;

/// <summary>The base of every callable object: host functions, bound functions and (from the VM) script closures.</summary>
/// <remarks>
/// <see cref="Call"/> and <see cref="Construct"/> default to the realm's <see cref="ICallInvoker"/>, so a VM closure type
/// need not override them; host and bound functions override them to run directly.
/// </remarks>
internal abstract class JsFunction : JsObject
{
    protected JsFunction(Shape shape)
        : base(shape)
    {
    }

    protected JsFunction(JsObject? prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "Function";

    /// <summary>True when <c>new</c> may be applied ([[Construct]] exists).</summary>
    public abstract bool IsConstructor { get; }

    /// <summary>True for class constructors (printed <c>[class A]</c>; calling them without new is a TypeError).</summary>
    public virtual bool IsClassConstructor => false;

    /// <summary>The class this class extends, for inspection (<c>[class B extends A]</c>); null otherwise.</summary>
    public virtual JsFunction? BaseClass => null;

    /// <summary>
    /// The <c>prototype</c> of a constructor that has it neither writable nor configurable (classes, built-in and host
    /// constructors), a value that can therefore never change; null for functions whose <c>prototype</c> is writable.
    /// </summary>
    /// <remarks><c>new</c> and <c>instanceof</c> read it instead of looking the property up by name.</remarks>
    public JsObject? FixedPrototype { get; private set; }

    /// <summary>Defines <c>prototype</c> as classes and built-in constructors have it: neither writable nor configurable.</summary>
    public void DefineFixedPrototype(JsObject prototype)
    {
        DefineOwn("prototype", prototype, PropertyFlags.None);
        FixedPrototype = prototype;
    }

    /// <summary>The function's own <c>name</c> when it is a string, else "".</summary>
    public string Name => TryGetOwnProperty("name", out var v, out var f) && (f & PropertyFlags.Accessor) == 0 && v.IsString
        ? v.String
        : "";

    /// <summary>Defines <c>length</c> and <c>name</c> the way function objects carry them (non-writable, non-enumerable).</summary>
    protected void DefineNameAndLength(string name, int length)
    {
        AddOwn("length", length, PropertyFlags.Configurable);
        AddOwn("name", name, PropertyFlags.Configurable);
    }

    /// <summary>[[Call]].</summary>
    public virtual JsValue Call(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        realm.Invoker.Call(this, thisValue, args);

    /// <summary>[[Construct]] with <paramref name="newTarget"/> (the constructor <c>new</c> was applied to).</summary>
    public virtual JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        realm.Invoker.Construct(this, args, newTarget);
}
