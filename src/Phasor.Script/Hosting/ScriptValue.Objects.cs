using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Object operations on a script value: properties, elements, calls, host objects and conversion to .NET.</summary>
public readonly partial struct ScriptValue
{
    /// <summary>Gets or sets a property (<c>value.name</c>); reading runs getters and sees the prototype chain.</summary>
    public ScriptValue this[string name]
    {
        get => Get(name);
        set => Set(name, value);
    }

    /// <summary>Gets or sets an element (<c>value[index]</c>) of an array, a string or any object.</summary>
    public ScriptValue this[int index]
    {
        get => Get(index);
        set => Set(index, value);
    }

    /// <summary>Gets the length of an array or a string, or the <c>length</c> property of another object.</summary>
    public int Length
    {
        get
        {
            switch (_value.Ref)
            {
                case string s: return s.Length;
                case JsArray array: return array.Length <= int.MaxValue ? (int)array.Length : throw new InvalidOperationException("The array is longer than int.MaxValue.");
                default:
                    var length = Get("length").ToNumber();
                    return double.IsNaN(length) || length <= 0 ? 0 : (int)Math.Min(length, int.MaxValue);
            }
        }
    }

    /// <summary>Reads a property; a TypeError (as <see cref="ScriptErrorException"/>) for undefined and null, as in script.</summary>
    public ScriptValue Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RequireEngine().RunHost((_value, name), static (e, s) => e.Export(MemberAccess.Get(e.Realm, s._value, s.name)));
    }

    /// <summary>Reads an element.</summary>
    public ScriptValue Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return RequireEngine().RunHost((_value, index), static (e, s) => e.Export(MemberAccess.GetIndex(e.Realm, s._value, (uint)s.index)));
    }

    /// <summary>Writes a property as strict-mode script does (a TypeError for read-only properties and frozen objects).</summary>
    public void Set(string name, ScriptValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var engine = RequireEngine();
        engine.RunHost((_value, name, item: engine.Import(value)), static (e, s) =>
        {
            MemberAccess.Set(e.Realm, s._value, s.name, s.item, strict: true);
            return true;
        });
    }

    /// <summary>Writes an element (growing an array as <c>a[i] = v</c> does).</summary>
    public void Set(int index, ScriptValue value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var engine = RequireEngine();
        engine.RunHost((_value, index, item: engine.Import(value)), static (e, s) =>
        {
            MemberAccess.Set(e.Realm, s._value, JsValue.FromNumber(s.index), s.item, strict: true);
            return true;
        });
    }

    /// <summary>Whether the object has the property, own or inherited (<c>name in value</c>); false for primitives.</summary>
    public bool Has(string name) => _value.Ref is JsObject obj && obj.HasProperty(name);

    /// <summary>Deletes an own property (<c>delete value[name]</c>); false when it is not configurable.</summary>
    public bool Delete(string name)
    {
        var engine = RequireEngine();
        return engine.RunHost((_value, name), static (e, s) => s._value.Ref is JsObject obj && obj.Delete(e.Realm, s.name));
    }

    /// <summary>The own enumerable string keys, as <c>Object.keys</c> lists them; empty for primitives.</summary>
    public IReadOnlyList<string> Keys() => _value.Ref is JsObject obj ? obj.OwnKeys(onlyEnumerable: true) : [];

    /// <summary>Calls the function with <c>this</c> undefined.</summary>
    public ScriptValue Call(params ReadOnlySpan<ScriptValue> args) => RequireEngine().CallCore(_value, JsValue.Undefined, args, construct: false, default);

    /// <summary>Calls the function with the given <c>this</c>.</summary>
    public ScriptValue CallWithThis(ScriptValue thisValue, params ReadOnlySpan<ScriptValue> args)
    {
        var engine = RequireEngine();
        return engine.CallCore(_value, engine.Import(thisValue), args, construct: false, default);
    }

    /// <summary>Calls a method: reads <paramref name="name"/> and calls it with this value as <c>this</c> (<c>value.name(...args)</c>).</summary>
    public ScriptValue Invoke(string name, params ReadOnlySpan<ScriptValue> args)
    {
        var method = Get(name);
        return RequireEngine().CallCore(method._value, _value, args, construct: false, default);
    }

    /// <summary>Constructs: <c>new value(...args)</c>.</summary>
    public ScriptValue Construct(params ReadOnlySpan<ScriptValue> args) => RequireEngine().CallCore(_value, JsValue.Undefined, args, construct: true, default);

    /// <summary>The <c>instanceof</c> operator with <paramref name="constructor"/> on the right.</summary>
    public bool InstanceOf(ScriptValue constructor)
    {
        var engine = RequireEngine();
        return engine.RunHost((_value, target: engine.Import(constructor)), static (e, s) => Operators.InstanceOf(e.Realm, s._value, s.target));
    }

    /// <summary>Gets the C# object behind a host object, when it is a <typeparamref name="T"/>.</summary>
    public bool TryGetHostObject<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? instance)
        where T : class
    {
        instance = (_value.Ref as HostObject)?.Target as T;
        return instance is not null;
    }

    /// <summary>Gets the C# object behind a host object; throws when the value is not a host object of type <typeparamref name="T"/>.</summary>
    public T GetHostObject<T>()
        where T : class =>
        TryGetHostObject<T>(out var instance) ? instance : throw new InvalidOperationException("The value is " + DescribeKind() + ", not a host object of type " + typeof(T).Name + ".");

    /// <summary>The elements of an array (or array-like) as values.</summary>
    public ScriptValue[] ToArray()
    {
        var length = Length;
        var items = new ScriptValue[length];
        for (var i = 0; i < length; i++)
        {
            items[i] = Get(i);
        }

        return items;
    }

    /// <summary>Converts to plain .NET data: see <see cref="ScriptEngine.ToValue"/> for the reverse direction.</summary>
    /// <remarks>
    /// undefined and null give null; numbers <see cref="double"/>; strings and booleans themselves; host objects the C#
    /// object; arrays <c>object?[]</c>; functions the <see cref="ScriptValue"/> (to call later); other objects a
    /// <c>Dictionary&lt;string, object?&gt;</c> of their own enumerable properties. Cycles throw <see cref="InvalidOperationException"/>.
    /// </remarks>
    public object? ToObject() => _engine is null ? HostValues.ToHost(_value) : _engine.ToObject(_value);
}
