using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>A script value seen from C#: a number, string, boolean, undefined, null, or an object of one engine.</summary>
/// <remarks>
/// A 24-byte struct: the engine's own 16-byte value (numbers are never boxed) and the engine it came from, which
/// object operations (<see cref="Get(string)"/>, <see cref="Call"/>, ...) run on. Values made in C# from primitives
/// (<c>ScriptValue v = 440;</c>) have no engine until they are passed into one; they convert and compare, but property
/// access on them throws. Objects of one engine cannot be passed to another (<see cref="ArgumentException"/>).
/// Operations that may run script code use the engine's instruction budget and heap limit and must be called on the
/// thread that owns the engine; a script error surfaces as <see cref="ScriptErrorException"/>.
/// </remarks>
public readonly partial struct ScriptValue : IEquatable<ScriptValue>
{
    private readonly JsValue _value;
    private readonly ScriptEngine? _engine;

    internal ScriptValue(JsValue value, ScriptEngine? engine)
    {
        _value = value;
        _engine = engine;
    }

    /// <summary>Gets undefined (the same as <c>default</c>).</summary>
    public static ScriptValue Undefined => default;

    /// <summary>Gets null.</summary>
    public static ScriptValue Null => new(JsValue.Null, null);

    /// <summary>Gets the engine this value belongs to; null for primitives created in C#.</summary>
    public ScriptEngine? Engine => _engine;

    /// <summary>Gets the type of the value.</summary>
    public ScriptValueKind Kind => _value.Ref switch
    {
        null => ScriptValueKind.Undefined,
        string => ScriptValueKind.String,
        JsObject => ScriptValueKind.Object,
        _ when _value.IsNumber => ScriptValueKind.Number,
        _ when _value.IsBoolean => ScriptValueKind.Boolean,
        _ => ScriptValueKind.Null,
    };

    /// <summary>Gets whether the value is undefined.</summary>
    public bool IsUndefined => _value.IsUndefined;

    /// <summary>Gets whether the value is null.</summary>
    public bool IsNull => _value.IsNull;

    /// <summary>Gets whether the value is undefined or null.</summary>
    public bool IsNullish => _value.IsNullish;

    /// <summary>Gets whether the value is a number.</summary>
    public bool IsNumber => _value.IsNumber;

    /// <summary>Gets whether the value is a boolean.</summary>
    public bool IsBoolean => _value.IsBoolean;

    /// <summary>Gets whether the value is a string.</summary>
    public bool IsString => _value.IsString;

    /// <summary>Gets whether the value is an object (functions and arrays included).</summary>
    public bool IsObject => _value.IsObject;

    /// <summary>Gets whether the value is callable.</summary>
    public bool IsFunction => _value.IsFunction;

    /// <summary>Gets whether the value is an array (<c>Array.isArray</c>).</summary>
    public bool IsArray => _value.Ref is JsArray;

    /// <summary>Gets whether the value is a C# object exposed through a host class or <see cref="ScriptEngine.ToValue"/>.</summary>
    public bool IsHostObject => _value.Ref is HostObject;

    /// <summary>Gets what <c>typeof</c> answers: "number", "string", "object", "function", ...</summary>
    public string TypeOf => Operators.TypeOf(_value);

    /// <summary>The engine value; crossing into an engine goes through <see cref="ScriptEngine.Import"/>, which checks ownership.</summary>
    internal JsValue Value => _value;

    /// <summary>Creates a number.</summary>
    public static ScriptValue FromNumber(double value) => new(JsValue.FromNumber(value), null);

    /// <summary>Creates a boolean.</summary>
    public static ScriptValue FromBoolean(bool value) => new(JsValue.FromBoolean(value), null);

    /// <summary>Creates a string; a null reference gives null.</summary>
    public static ScriptValue FromString(string? value) => new(value is null ? JsValue.Null : JsValue.FromString(value), null);

    /// <summary>Converts a number.</summary>
    public static implicit operator ScriptValue(double value) => FromNumber(value);

    /// <summary>Converts a number.</summary>
    public static implicit operator ScriptValue(int value) => FromNumber(value);

    /// <summary>Converts a boolean.</summary>
    public static implicit operator ScriptValue(bool value) => FromBoolean(value);

    /// <summary>Converts a string (null gives null).</summary>
    public static implicit operator ScriptValue(string? value) => FromString(value);

    /// <summary>Compares as <see cref="Equals(ScriptValue)"/>.</summary>
    public static bool operator ==(ScriptValue left, ScriptValue right) => left.Equals(right);

    /// <summary>Compares as <see cref="Equals(ScriptValue)"/>.</summary>
    public static bool operator !=(ScriptValue left, ScriptValue right) => !left.Equals(right);

    /// <summary>Gets the number; throws when the value is not a number (see <see cref="ToNumber"/> to convert).</summary>
    public double AsNumber() => _value.IsNumber ? _value.Number : throw WrongKind("a number");

    /// <summary>Gets the boolean; throws when the value is not a boolean (see <see cref="ToBoolean"/> to convert).</summary>
    public bool AsBoolean() => _value.IsBoolean ? _value.Boolean : throw WrongKind("a boolean");

    /// <summary>Gets the string; throws when the value is not a string (see <see cref="ToString"/> to format).</summary>
    public string AsString() => _value.IsString ? _value.String : throw WrongKind("a string");

    /// <summary>Converts as JavaScript's <c>Number(value)</c> does (objects through valueOf, which may run script).</summary>
    public double ToNumber()
    {
        if (_value.IsNumber)
        {
            return _value.Number;
        }

        if (!_value.IsObject)
        {
            return Conversions.PrimitiveToNumber(_value);
        }

        var engine = RequireEngine();
        return engine.RunHost(_value, static (e, v) => Conversions.ToNumber(e.Realm, v));
    }

    /// <summary>Converts as JavaScript's <c>Boolean(value)</c> does (truthiness).</summary>
    public bool ToBoolean() => Conversions.ToBoolean(_value);

    /// <summary>Formats the value as <c>console.log</c> prints it: strings as they are, other values as Node's util.inspect.</summary>
    public override string ToString() => _value.Ref switch
    {
        string s => s,
        JsObject when _engine is not null => Inspector.Inspect(_engine.Realm, _value),
        JsObject => _value.ToString(),
        _ when _value.IsNumber => Inspector.FormatNumber(_value.Number),
        _ => _value.ToString(),
    };

    /// <summary>SameValueZero: <c>===</c>, except that NaN equals NaN (so it is an equivalence, usable as a key).</summary>
    public bool Equals(ScriptValue other) => Operators.SameValueZero(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScriptValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => SameValueZeroComparer.Instance.GetHashCode(_value);

    private InvalidOperationException WrongKind(string expected) =>
        new("The value is " + DescribeKind() + ", not " + expected + ".");

    private string DescribeKind() => Kind switch
    {
        ScriptValueKind.Undefined => "undefined",
        ScriptValueKind.Null => "null",
        ScriptValueKind.Boolean => "a boolean",
        ScriptValueKind.Number => "a number",
        ScriptValueKind.String => "a string",
        _ => _value.IsFunction ? "a function" : "an object",
    };

    private ScriptEngine RequireEngine() => _engine ?? throw new InvalidOperationException(
        "This value was created in C# and belongs to no engine; pass it into an engine first (for example through ScriptEngine.SetGlobal).");
}
