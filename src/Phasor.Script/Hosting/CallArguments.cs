using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>The arguments and receiver of a call from script into a host function, read without copying or boxing.</summary>
/// <remarks>
/// Valid only during the call: it views the VM's registers. A missing argument reads as undefined, as in JavaScript.
/// The <c>Get...</c> readers convert as the script's own conversions do (<c>GetNumber</c> is <c>Number(x)</c>: a
/// missing argument gives NaN); converting an object runs its <c>valueOf</c>/<c>toString</c>. A conversion that
/// throws (a throwing <c>valueOf</c>, a wrong host object) raises <see cref="ScriptErrorException"/>; let it propagate
/// and the script catches its own error.
/// </remarks>
public readonly ref struct CallArguments
{
    private readonly ReadOnlySpan<JsValue> _args;
    private readonly JsValue _this;
    private readonly ScriptEngine _engine;
    private readonly bool _isConstruct;

    internal CallArguments(ScriptEngine engine, JsValue thisValue, ReadOnlySpan<JsValue> args, bool isConstruct)
    {
        _engine = engine;
        _this = thisValue;
        _args = args;
        _isConstruct = isConstruct;
    }

    /// <summary>Gets the number of arguments passed.</summary>
    public int Count => _args.Length;

    /// <summary>Gets an argument; undefined past the end.</summary>
    public ScriptValue this[int index] => new(At(index), _engine);

    /// <summary>Gets <c>this</c> of the call (undefined for a plain function call, the new object's prototype chain for <c>new</c>).</summary>
    public ScriptValue This => new(_this, _engine);

    /// <summary>Gets the engine the call runs in.</summary>
    public ScriptEngine Engine => _engine;

    /// <summary>Gets whether the function was called with <c>new</c>.</summary>
    public bool IsConstructCall => _isConstruct;

    /// <summary>Converts an argument as <c>Number(x)</c> does; NaN when it is missing.</summary>
    public double GetNumber(int index)
    {
        var value = At(index);
        return value.IsNumber ? value.Number : Convert(value, static (e, v) => Conversions.ToNumber(e.Realm, v));
    }

    /// <summary>Converts an argument as <c>Number(x)</c> does, or gives <paramref name="defaultValue"/> when it is missing or undefined.</summary>
    public double GetNumber(int index, double defaultValue)
    {
        var value = At(index);
        return value.IsNumber ? value.Number : value.IsUndefined ? defaultValue : Convert(value, static (e, v) => Conversions.ToNumber(e.Realm, v));
    }

    /// <summary>Converts an argument as <c>x | 0</c> does (ToInt32: wraps modulo 2^32, NaN gives 0).</summary>
    public int GetInt32(int index)
    {
        var value = At(index);
        return value.IsNumber ? Conversions.ToInt32(value.Number) : Convert(value, static (e, v) => Conversions.ToInt32(e.Realm, v));
    }

    /// <summary>Converts an argument as <c>Boolean(x)</c> does.</summary>
    public bool GetBoolean(int index) => Conversions.ToBoolean(At(index));

    /// <summary>Converts an argument as <c>String(x)</c> does ("undefined" when it is missing).</summary>
    public string GetString(int index)
    {
        var value = At(index);
        return value.Ref is string s ? s : Convert(value, static (e, v) => Conversions.ToString(e.Realm, v));
    }

    /// <summary>Gets the C# object behind a host-object argument; a script TypeError when it is not a <typeparamref name="T"/>.</summary>
    public T GetHostObject<T>(int index)
        where T : class =>
        At(index).Ref is HostObject { Target: T target } ? target : Convert((At(index), index + 1), static (e, s) => HostConversion.ToHostObject<T>(e, s.Item1, s.Item2));

    /// <summary>Gets the C# object behind <c>this</c>; a script TypeError ("Illegal invocation") when it is not a <typeparamref name="T"/>.</summary>
    public T GetThis<T>()
        where T : class =>
        _this.Ref is HostObject { Target: T target } ? target : Convert(_this, static (e, v) => HostConversion.ThisObject<T>(e, v));

    /// <summary>Copies the arguments (allocates; for keeping them beyond the call).</summary>
    public ScriptValue[] ToArray()
    {
        var items = new ScriptValue[_args.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new ScriptValue(_args[i], _engine);
        }

        return items;
    }

    private JsValue At(int index) => (uint)index < (uint)_args.Length ? _args[index] : default;

    /// <summary>The slow path of a conversion, which may run script or fail: script errors reach the host function as
    /// <see cref="ScriptErrorException"/> (and return to script as the original error if it lets them propagate).</summary>
    private TResult Convert<TState, TResult>(TState state, Func<ScriptEngine, TState, TResult> convert)
    {
        Exception failure;
        try
        {
            return convert(_engine, state);
        }
        catch (ScriptException e)
        {
            failure = e;
        }

        throw _engine.ToHostException(failure);
    }
}
