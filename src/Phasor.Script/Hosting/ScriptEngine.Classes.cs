using System.Runtime.CompilerServices;
using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Host classes: C# types exposed as script classes, and the one-to-one map from C# objects to script objects.</summary>
public sealed partial class ScriptEngine
{
    private readonly ConditionalWeakTable<object, HostObject> _wrappers = [];
    private readonly Dictionary<Type, JsObject> _prototypes = [];
    private readonly Dictionary<Type, string> _classNames = [];
    private JsObject? _opaquePrototype;

    /// <summary>Defines a global class <paramref name="name"/> whose instances stand for C# objects of type <typeparamref name="T"/>.</summary>
    /// <param name="name">The class name in script.</param>
    /// <param name="constructor">Builds the C# object for <c>new Name(...)</c>; null makes <c>new</c> a TypeError ("Illegal constructor").</param>
    /// <returns>The class, to add methods, properties and static members to.</returns>
    public HostClass<T> DefineClass<T>(string name, HostConstructor<T>? constructor = null)
        where T : class =>
        DefineClassCore<T>(name, constructor, null, null);

    /// <summary>Defines a host class that extends <paramref name="baseClass"/> (both in C# and in script).</summary>
    /// <remarks>Methods and properties of the base class apply to instances of this one, and <c>instanceof</c> sees both.</remarks>
    public HostClass<T> DefineClass<T, TBase>(string name, HostClass<TBase> baseClass, HostConstructor<T>? constructor = null)
        where T : class, TBase
        where TBase : class
    {
        ArgumentNullException.ThrowIfNull(baseClass);
        if (!ReferenceEquals(baseClass.Engine, this))
        {
            throw new ArgumentException(HostMessages.OtherEngine, nameof(baseClass));
        }

        return DefineClassCore<T>(name, constructor, baseClass.ConstructorFunction, baseClass.PrototypeObject);
    }

    private HostClass<T> DefineClassCore<T>(string name, HostConstructor<T>? constructor, JsFunction? baseConstructor, JsObject? basePrototype)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        CheckThread();
        var prototype = new JsObject(basePrototype ?? _realm.ObjectPrototype);
        HostConstructorBody? construct = constructor is null ? null : (realm, args, newTarget) =>
        {
            var instance = constructor(new CallArguments(this, JsValue.Undefined, args, isConstruct: true))
                ?? throw new InvalidOperationException("The constructor of " + name + " returned null.");
            return Adopt(instance, realm.PrototypeFromConstructor(newTarget, prototype));
        };
        var function = new EmbedderFunction(this, name, 0, null, construct, baseConstructor);
        function.DefineFixedPrototype(prototype);
        prototype.DefineOwn("constructor", function, PropertyFlags.Hidden);
        if (baseConstructor is not null)
        {
            function.SetPrototype(baseConstructor);
        }

        _prototypes[typeof(T)] = prototype;
        _classNames[typeof(T)] = name;
        _realm.GlobalObject.DefineOwn(name, function, PropertyFlags.Hidden);
        return new HostClass<T>(this, name, function, prototype);
    }

    /// <summary>The script object for a C# object: the one it already has, or a new one of its class (an opaque handle when unregistered).</summary>
    internal JsObject Wrap(object instance)
    {
        if (_wrappers.TryGetValue(instance, out var existing))
        {
            return existing;
        }

        var wrapper = new HostObject(PrototypeFor(instance.GetType()), instance);
        _wrappers.Add(instance, wrapper);
        return wrapper;
    }

    /// <summary>The name a C# type goes by in script messages: its host class name, else the C# name.</summary>
    internal string ClassName(Type type) => _classNames.TryGetValue(type, out var name) ? name : type.Name;

    /// <summary>Gives a C# object made by a host constructor its script object, with the prototype <c>new</c> chose.</summary>
    private HostObject Adopt(object instance, JsObject prototype)
    {
        if (_wrappers.TryGetValue(instance, out var existing))
        {
            return existing;
        }

        var wrapper = new HostObject(prototype, instance);
        _wrappers.Add(instance, wrapper);
        return wrapper;
    }

    /// <summary>The prototype of the nearest registered class of <paramref name="type"/> or its base types (remembered per type).</summary>
    private JsObject PrototypeFor(Type type)
    {
        if (_prototypes.TryGetValue(type, out var prototype))
        {
            return prototype;
        }

        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (_prototypes.TryGetValue(t, out prototype))
            {
                _prototypes[type] = prototype;
                return prototype;
            }
        }

        // Unregistered: an opaque handle that prints as an empty object and comes back as the same C# object.
        return _opaquePrototype ??= new JsObject(_realm.ObjectPrototype);
    }
}
