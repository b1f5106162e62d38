using Phasor.Script.Compiling;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;

namespace Phasor.Script.Vm;

/// <summary>A script function: a compiled chunk plus the environment it captured and, for methods, its home object.</summary>
/// <remarks>Calls from built-ins reach the VM through <see cref="JsFunction.Call"/>, which forwards to the realm's invoker.</remarks>
internal sealed class Closure : JsFunction
{
    private readonly bool _isClassConstructor;
    private readonly JsFunction? _baseClass;

    public Closure(Realm realm, Chunk chunk, Environment? env, JsObject? home)
        : base(realm.FunctionPrototype)
    {
        Chunk = chunk;
        Env = env;
        Home = home;
        IsPlain = true;
        DefineNameAndLength(chunk.Name, chunk.Length);
        if (chunk.Kind == FunctionKind.Normal)
        {
            var prototype = realm.CreateObject();
            prototype.DefineOwn("constructor", this, PropertyFlags.Hidden);
            DefineOwn("prototype", prototype, PropertyFlags.Writable);
        }
    }

    /// <summary>Creates a class constructor; <paramref name="chunk"/> is null for an implicit (default) constructor.</summary>
    public Closure(JsObject functionPrototype, Chunk? chunk, Environment? env, JsObject home, string name, JsFunction? baseClass, bool isDerived)
        : base(functionPrototype)
    {
        Chunk = chunk;
        Env = env;
        Home = home;
        _isClassConstructor = true;
        _baseClass = baseClass;
        IsDerived = isDerived;
        DefineNameAndLength(name, chunk?.Length ?? 0);
    }

    /// <summary>Gets or sets the receiver an arrow function closed over (arrows have no <c>this</c> of their own).</summary>
    public JsValue BoundThis { get; set; }

    /// <summary>Gets the code, or null for a class's implicit constructor.</summary>
    public Chunk? Chunk { get; }

    public Environment? Env { get; }

    /// <summary>Gets the object whose prototype <c>super</c> looks up (the class prototype, the class, or the object literal).</summary>
    public JsObject? Home { get; }

    /// <summary>Gets or sets the synthetic method that defines the instance fields of this class constructor.</summary>
    public Closure? FieldInit { get; set; }

    /// <summary>Whether a call may push a frame directly (it has code and is not a class constructor); a field, not virtual, for the call path.</summary>
    public readonly bool IsPlain;

    public bool IsDerived { get; }

    public override bool IsConstructor => _isClassConstructor || Chunk!.Kind == FunctionKind.Normal;

    public override bool IsClassConstructor => _isClassConstructor;

    public override JsFunction? BaseClass => _baseClass;
}
