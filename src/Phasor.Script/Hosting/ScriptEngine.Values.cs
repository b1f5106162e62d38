using System.Collections;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Globals, building script objects from C#, converting values both ways, and calling script functions.</summary>
public sealed partial class ScriptEngine
{
    private const int MaxConversionDepth = 64;

    /// <summary>Reads a global: a top-level declaration of an evaluated script, or a property of the global object.</summary>
    /// <returns>The value; undefined when there is no such global, or when it is declared but not yet initialized.</returns>
    public ScriptValue GetGlobal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckThread();
        if (DeclaredCell(name) is { } cell)
        {
            return cell.Value.IsHole ? default : Export(cell.Value);
        }

        return RunHost(name, static (e, key) => e.Export(e._realm.GlobalObject.Get(e._realm, key)));
    }

    /// <summary>Sets a global: assigns a top-level variable an evaluation declared, or defines a property of the global object.</summary>
    /// <exception cref="InvalidOperationException">The name is a script <c>const</c> (or not yet initialized).</exception>
    public void SetGlobal(string name, ScriptValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckThread();
        var imported = Import(value);
        if (DeclaredCell(name) is { } cell)
        {
            if (cell.IsConstant || cell.Value.IsHole)
            {
                throw new InvalidOperationException($"The global '{name}' is {(cell.IsConstant ? "a constant" : "not initialized yet")}.");
            }

            cell.Value = imported;
            return;
        }

        _realm.GlobalObject.DefineOwn(name, imported, PropertyFlags.Hidden);
    }

    /// <summary>Creates an empty plain object (<c>{}</c>); fill it with <see cref="ScriptValue.Set(string, ScriptValue)"/>.</summary>
    public ScriptValue CreateObject()
    {
        CheckThread();
        return Export(_realm.CreateObject());
    }

    /// <summary>Creates an array of the given values.</summary>
    public ScriptValue CreateArray(params ReadOnlySpan<ScriptValue> items)
    {
        CheckThread();
        var array = _realm.CreateArray(items.Length);
        foreach (var item in items)
        {
            array.Push(Import(item));
        }

        return Export(array);
    }

    /// <summary>Creates an array of numbers.</summary>
    public ScriptValue CreateArray(ReadOnlySpan<double> items)
    {
        CheckThread();
        var array = _realm.CreateArray(items.Length);
        foreach (var item in items)
        {
            array.Push(JsValue.FromNumber(item));
        }

        return Export(array);
    }

    /// <summary>Converts .NET data to a script value (boxing; for setting up, not for hot paths).</summary>
    /// <remarks>
    /// null gives null; numbers (any primitive numeric type) a number; bool, string and char themselves;
    /// <see cref="ScriptValue"/> itself; a <see cref="HostCallback"/> a function; dictionaries with string keys a
    /// plain object; other enumerables an array (both converted element by element); any other object a host object
    /// (an instance of its registered host class, else an opaque handle that comes back as the same C# object).
    /// </remarks>
    public ScriptValue ToValue(object? value)
    {
        CheckThread();
        return Export(ToJsValue(value, 0));
    }

    /// <summary>Calls a function value with a cancellation token; <see cref="ScriptValue.Call"/> is the short form.</summary>
    /// <remarks>
    /// An outermost call gets a fresh <see cref="InstructionBudget"/> and heap allowance; a call made from a host
    /// function while a script runs shares the running evaluation's budget and token instead.
    /// </remarks>
    public ScriptValue Call(ScriptValue function, ScriptValue thisValue, ReadOnlySpan<ScriptValue> args, CancellationToken cancellation = default) =>
        CallCore(Import(function), Import(thisValue), args, construct: false, cancellation);

    /// <summary>Calls the global function <paramref name="name"/>.</summary>
    public ScriptValue Invoke(string name, params ReadOnlySpan<ScriptValue> args) => GetGlobal(name).Call(args);

    /// <summary>The global cell of a name an evaluated script declared, or null.</summary>
    private GlobalCell? DeclaredCell(string name)
    {
        var id = _names.Find(name);
        if (id < 0 || !_declared.ContainsKey(id))
        {
            return null;
        }

        var cell = _globals.Get(id);
        return cell.IsDeclared ? cell : null;
    }

    private JsValue ToJsValue(object? value, int depth)
    {
        if (depth > MaxConversionDepth)
        {
            throw new InvalidOperationException("The value is nested too deeply (or cyclic) to convert to a script value.");
        }

        switch (value)
        {
            case null: return JsValue.Null;
            case ScriptValue v: return Import(v);
            case string s: return s;
            case char c: return c.ToString();
            case bool b: return b;
            case double d: return d;
            case float or int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            case HostCallback callback: return CreateFunction("", callback).Value;
            case IDictionary dictionary: return ToJsObject(dictionary, depth);
            case IEnumerable items: return ToJsArray(items, depth);
            default: return Wrap(value);
        }
    }

    private JsObject ToJsObject(IDictionary dictionary, int depth)
    {
        var obj = _realm.CreateObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            var key = entry.Key as string ?? throw new ArgumentException("Only dictionaries with string keys convert to script objects.");
            obj.Set(_realm, key, ToJsValue(entry.Value, depth + 1));
        }

        return obj;
    }

    private JsArray ToJsArray(IEnumerable items, int depth)
    {
        var array = _realm.CreateArray();
        foreach (var item in items)
        {
            array.Push(ToJsValue(item, depth + 1));
        }

        return array;
    }

    /// <summary>The reverse of <see cref="ToValue"/>: see <see cref="ScriptValue.ToObject"/>.</summary>
    /// <remarks>Reads properties through getters, so it runs inside the engine like any other call from C#.</remarks>
    internal object? ToObject(JsValue value) => value.Ref is JsObject and not HostObject and not JsFunction
        ? RunHost(value, static (e, v) => e.ToObject(v, new HashSet<JsObject>(ReferenceEqualityComparer.Instance)))
        : ToObject(value, null!);

    private object? ToObject(JsValue value, HashSet<JsObject> path)
    {
        switch (value.Ref)
        {
            case HostObject host: return host.Target;
            case JsFunction: return Export(value);
            case JsObject obj:
                if (!path.Add(obj))
                {
                    throw new InvalidOperationException("The value is cyclic; it cannot be converted to .NET data.");
                }

                try
                {
                    return obj is JsArray array ? ToObjectArray(array, path) : ToDictionary(obj, path);
                }
                finally
                {
                    path.Remove(obj);
                }

            default: return HostValues.ToHost(value);
        }
    }

    private object?[] ToObjectArray(JsArray array, HashSet<JsObject> path)
    {
        var items = new object?[array.Length];
        for (uint i = 0; i < array.Length; i++)
        {
            items[i] = ToObject(array.GetIndex(_realm, i), path);
        }

        return items;
    }

    private Dictionary<string, object?> ToDictionary(JsObject obj, HashSet<JsObject> path)
    {
        var result = new Dictionary<string, object?>();
        foreach (var key in obj.OwnKeys(onlyEnumerable: true))
        {
            result[key] = ToObject(obj.Get(_realm, key), path);
        }

        return result;
    }
}
