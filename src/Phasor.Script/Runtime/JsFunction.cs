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

    private Shape? _prototypeShape;
    private int _prototypeSlot;

    public override string ClassName => "Function";

    /// <summary>[[Get]] of <c>prototype</c> (what <c>instanceof</c> reads), remembering its slot for this function's shape.</summary>
    /// <remarks>
    /// A class's <c>x instanceof C</c> in a loop read the property by name every time. A non-dictionary shape maps each
    /// key to a fixed slot for as long as the object has that shape, so while the shape is the one the slot was found
    /// in, the slot holds the property's current value.
    /// </remarks>
    public JsValue GetPrototypeProperty(Realm realm)
    {
        var shape = Shape;
        if (ReferenceEquals(shape, _prototypeShape))
        {
            return Slots[_prototypeSlot];
        }

        if (!shape.IsDictionary && !HasExoticProperties)
        {
            var slot = shape.Find("prototype", out var flags);
            if (slot >= 0 && (flags & PropertyFlags.Accessor) == 0)
            {
                _prototypeShape = shape;
                _prototypeSlot = slot;
                return Slots[slot];
            }
        }

        return Get(realm, "prototype");
    }

    /// <summary>True when <c>new</c> may be applied ([[Construct]] exists).</summary>
    public abstract bool IsConstructor { get; }

    /// <summary>True for class constructors (printed <c>[class A]</c>; calling them without new is a TypeError).</summary>
    public virtual bool IsClassConstructor => false;

    /// <summary>The class this class extends, for inspection (<c>[class B extends A]</c>); null otherwise.</summary>
    public virtual JsFunction? BaseClass => null;

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
