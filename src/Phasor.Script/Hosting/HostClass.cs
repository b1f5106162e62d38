using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>A C# type exposed as a script class: add instance methods, properties and static members fluently.</summary>
/// <typeparam name="T">The C# type whose objects the instances stand for.</typeparam>
/// <remarks>
/// Made by <see cref="ScriptEngine.DefineClass{T}"/>. Members live on the class's prototype (instance members) or on
/// the constructor (static members), as a script class's do, so <c>instanceof</c>, <c>extends</c> from script and
/// prototype inspection behave as usual. A method called on anything but an instance is a TypeError ("Illegal
/// invocation"). Typed overloads convert as <see cref="ScriptEngine.CreateFunction{T1, TResult}(string, Func{T1, TResult})"/> does.
/// </remarks>
public sealed class HostClass<T>
    where T : class
{
    private readonly ScriptEngine _engine;

    internal HostClass(ScriptEngine engine, string name, JsFunction constructor, JsObject prototype)
    {
        _engine = engine;
        Name = name;
        ConstructorFunction = constructor;
        PrototypeObject = prototype;
    }

    /// <summary>Gets the class name.</summary>
    public string Name { get; }

    /// <summary>Gets the constructor (the class value scripts see under <see cref="Name"/>).</summary>
    public ScriptValue Constructor => _engine.Export(ConstructorFunction);

    /// <summary>Gets the prototype that holds the instance members.</summary>
    public ScriptValue Prototype => _engine.Export(PrototypeObject);

    internal ScriptEngine Engine => _engine;

    internal JsFunction ConstructorFunction { get; }

    internal JsObject PrototypeObject { get; }

    /// <summary>The script object for a C# object (the same one every time for the same C# object).</summary>
    public ScriptValue Wrap(T instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return _engine.Export(_engine.Wrap(instance));
    }

    /// <summary>Adds an instance method in its general form.</summary>
    public HostClass<T> Method(string name, HostMethod<T> method, int length = 0)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddMethod(name, length, (_, self, args) =>
            _engine.Import(method(HostConversion.ThisObject<T>(_engine, self), new CallArguments(_engine, self, args, isConstruct: false))));
    }

    /// <summary>Adds an instance method without arguments or result.</summary>
    public HostClass<T> Method(string name, Action<T> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return AddMethod(name, 0, (_, self, _) =>
        {
            method(HostConversion.ThisObject<T>(_engine, self));
            return default;
        });
    }

    /// <summary>Adds an instance method of one converted argument without result.</summary>
    public HostClass<T> Method<T1>(string name, Action<T, T1> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        HostConversion.Validate<T1>("parameter");
        return AddMethod(name, 1, (_, self, a) =>
        {
            method(HostConversion.ThisObject<T>(_engine, self), _engine.Arg<T1>(a, 0));
            return default;
        });
    }

    /// <summary>Adds an instance method without arguments returning a converted result.</summary>
    public HostClass<T> Method<TResult>(string name, Func<T, TResult> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        HostConversion.Validate<TResult>("result");
        return AddMethod(name, 0, (_, self, _) => HostConversion.ToScript(_engine, method(HostConversion.ThisObject<T>(_engine, self))));
    }

    /// <summary>Adds an instance method of one converted argument returning a converted result.</summary>
    public HostClass<T> Method<T1, TResult>(string name, Func<T, T1, TResult> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<TResult>("result");
        return AddMethod(name, 1, (_, self, a) =>
            HostConversion.ToScript(_engine, method(HostConversion.ThisObject<T>(_engine, self), _engine.Arg<T1>(a, 0))));
    }

    /// <summary>Adds an instance method of two converted arguments returning a converted result.</summary>
    public HostClass<T> Method<T1, T2, TResult>(string name, Func<T, T1, T2, TResult> method)
    {
        ArgumentNullException.ThrowIfNull(method);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<T2>("parameter");
        HostConversion.Validate<TResult>("result");
        return AddMethod(name, 2, (_, self, a) =>
            HostConversion.ToScript(_engine, method(HostConversion.ThisObject<T>(_engine, self), _engine.Arg<T1>(a, 0), _engine.Arg<T2>(a, 1))));
    }

    /// <summary>Adds an accessor property: a getter, and a setter when <paramref name="set"/> is given (else read-only).</summary>
    /// <remarks>Without a setter, assigning the property from script is a TypeError, as for a getter-only class property.</remarks>
    public HostClass<T> Property<TValue>(string name, Func<T, TValue> get, Action<T, TValue>? set = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(get);
        HostConversion.Validate<TValue>("property");
        var getter = new EmbedderFunction(_engine, "get " + name, 0, (_, self, _) =>
            HostConversion.ToScript(_engine, get(HostConversion.ThisObject<T>(_engine, self))));
        EmbedderFunction? setter = set is null ? null : new EmbedderFunction(_engine, "set " + name, 1, (_, self, a) =>
        {
            set(HostConversion.ThisObject<T>(_engine, self), _engine.Arg<TValue>(a, 0));
            return default;
        });
        PrototypeObject.DefineAccessor(name, getter, setter, PropertyFlags.Configurable);
        return this;
    }

    /// <summary>Adds a static method (called on the class: <c>Name.method(...)</c>).</summary>
    public HostClass<T> StaticMethod(string name, HostCallback method, int length = 0)
    {
        ConstructorFunction.DefineOwn(name, _engine.CreateFunction(name, method, length).Value, PropertyFlags.Hidden);
        return this;
    }

    /// <summary>Adds a static property holding <paramref name="value"/> (a constant, or a function made by <see cref="ScriptEngine.CreateFunction(string, HostCallback, int)"/>).</summary>
    public HostClass<T> StaticValue(string name, ScriptValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ConstructorFunction.DefineOwn(name, _engine.Import(value), PropertyFlags.Hidden);
        return this;
    }

    private HostClass<T> AddMethod(string name, int length, HostFunctionBody body)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        PrototypeObject.DefineOwn(name, new EmbedderFunction(_engine, name, length, body), PropertyFlags.Hidden);
        return this;
    }
}
