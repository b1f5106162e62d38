using Phasor.Script.Builtins;

namespace Phasor.Script.Runtime;

/// <summary>A realm (ECMAScript 9.3): the intrinsic objects, the global object, console writers and the call invoker.</summary>
/// <remarks>Single-threaded: a realm and its objects belong to the thread running its script.</remarks>
internal sealed partial class Realm
{
    private readonly JsObject[] _errorPrototypes = new JsObject[7];
    private readonly HostFunction[] _errorConstructors = new HostFunction[7];
    private readonly string[] _charStrings = new string[128];

    public Realm(TextWriter? output = null, TextWriter? errorOutput = null, int randomSeed = 0)
    {
        Out = output ?? TextWriter.Null;
        ErrorOut = errorOutput ?? Out;
        Random = randomSeed == 0 ? new Random() : new Random(randomSeed);
        for (var i = 0; i < _charStrings.Length; i++)
        {
            _charStrings[i] = string.Intern(((char)i).ToString());
        }

        ObjectPrototype = new JsObject((JsObject?)null);
        FunctionPrototype = HostFunction.CreateFunctionPrototype(this, ObjectPrototype);
        ArrayPrototype = new JsArray(ObjectPrototype.RootShapeForChildren, 0);
        StringPrototype = new JsObject(ObjectPrototype);
        NumberPrototype = new JsObject(ObjectPrototype);
        BooleanPrototype = new JsObject(ObjectPrototype);
        MapPrototype = new JsObject(ObjectPrototype);
        SetPrototype = new JsObject(ObjectPrototype);
        IteratorPrototype = new JsObject(ObjectPrototype);
        ArrayIteratorPrototype = new JsObject(IteratorPrototype);
        StringIteratorPrototype = new JsObject(IteratorPrototype);
        MapIteratorPrototype = new JsObject(IteratorPrototype);
        SetIteratorPrototype = new JsObject(IteratorPrototype);
        GlobalObject = new JsObject(ObjectPrototype);
        ObjectRootShape = ObjectPrototype.RootShapeForChildren;

        ObjectBuiltins.Install(this);
        FunctionBuiltins.Install(this);
        ArrayBuiltins.Install(this);
        ArrayPrototypeBuiltins.Install(this);
        StringBuiltins.Install(this);
        NumberBuiltins.Install(this);
        BooleanBuiltins.Install(this);
        GlobalFunctions.Install(this);
        MathBuiltins.Install(this);
        JsonBuiltins.Install(this);
        MapBuiltins.Install(this);
        SetBuiltins.Install(this);
        IteratorBuiltins.Install(this);
        ErrorBuiltins.Install(this);
        ConsoleBuiltins.Install(this);
    }

    /// <summary>How built-ins call script functions; the VM replaces the default, which runs host functions only.</summary>
    public ICallInvoker Invoker { get; set; } = HostOnlyInvoker.Instance;

    /// <summary>Supplies the "\n    at ..." lines appended to a new error's <c>stack</c>; set by the VM.</summary>
    public Func<string>? StackTraceProvider { get; set; }

    /// <summary>Where console.log and console.info write.</summary>
    public TextWriter Out { get; set; }

    /// <summary>Where console.error and console.warn write.</summary>
    public TextWriter ErrorOut { get; set; }

    /// <summary>The generator behind Math.random; replace it with a seeded one for reproducible runs.</summary>
    public Random Random { get; set; }

    public JsObject GlobalObject { get; }

    public JsObject ObjectPrototype { get; }

    /// <summary>The root shape of plain objects (<c>{}</c> literals start here).</summary>
    public Shape ObjectRootShape { get; }

    public HostFunction FunctionPrototype { get; }

    public JsArray ArrayPrototype { get; }

    public JsObject StringPrototype { get; }

    public JsObject NumberPrototype { get; }

    public JsObject BooleanPrototype { get; }

    public JsObject MapPrototype { get; }

    public JsObject SetPrototype { get; }

    public JsObject IteratorPrototype { get; }

    public JsObject ArrayIteratorPrototype { get; }

    public JsObject StringIteratorPrototype { get; }

    public JsObject MapIteratorPrototype { get; }

    public JsObject SetIteratorPrototype { get; }

    public HostFunction ObjectConstructor { get; internal set; } = null!;

    public HostFunction FunctionConstructor { get; internal set; } = null!;

    public HostFunction ArrayConstructor { get; internal set; } = null!;

    public JsObject ErrorPrototype(ErrorKind kind) => _errorPrototypes[(int)kind];

    public HostFunction ErrorConstructor(ErrorKind kind) => _errorConstructors[(int)kind];

    internal void SetError(ErrorKind kind, JsObject prototype, HostFunction constructor)
    {
        _errorPrototypes[(int)kind] = prototype;
        _errorConstructors[(int)kind] = constructor;
    }

    /// <summary>A one-character string, shared for ASCII.</summary>
    public string CharToString(char c) => c < 128 ? _charStrings[c] : c.ToString();
}
