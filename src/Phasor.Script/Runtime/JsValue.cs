using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>A JavaScript value: a 16-byte struct of a double and a reference, never boxing numbers.</summary>
/// <remarks>
/// Encoding (by the reference field): <c>null</c> is undefined, so <c>default(JsValue)</c> is undefined and a freshly
/// cleared register file reads as undefined; <see cref="ValueTag.Number"/> is a number held in the double field;
/// <see cref="ValueTag.Boolean"/> is a boolean (double 1 or 0); <see cref="ValueTag.Null"/> is null; a .NET
/// <see cref="string"/> is a string; a <see cref="JsObject"/> is an object. Internal runtime records (accessor pairs,
/// array holes) may also sit in the reference field but never escape to scripts.
/// </remarks>
internal readonly struct JsValue : IEquatable<JsValue>
{
    private readonly object? _ref;
    private readonly double _number;

    private JsValue(object? reference, double number)
    {
        _ref = reference;
        _number = number;
    }

    public static JsValue Undefined => default;

    public static JsValue Null
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(typeof(ValueTag.NullTag), 0);
    }

    public static JsValue True
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(typeof(ValueTag.BooleanTag), 1);
    }

    public static JsValue False
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(typeof(ValueTag.BooleanTag), 0);
    }

    public static JsValue NaN => new(typeof(ValueTag.NumberTag), double.NaN);

    public static JsValue EmptyString => new(string.Empty, 0);

    internal static JsValue Hole
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(typeof(ValueTag.HoleTag), 0);
    }

    /// <summary>The reference field; the VM may test it directly against the tags.</summary>
    public object? Ref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref;
    }

    public bool IsUndefined
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null;
    }

    public bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, typeof(ValueTag.NullTag));
    }

    /// <summary>True for undefined and null (the values <c>?.</c> and <c>??</c> test).</summary>
    public bool IsNullish
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null || ReferenceEquals(_ref, typeof(ValueTag.NullTag));
    }

    public bool IsNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, typeof(ValueTag.NumberTag));
    }

    public bool IsBoolean
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, typeof(ValueTag.BooleanTag));
    }

    public bool IsString
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is string;
    }

    public bool IsObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is JsObject;
    }

    public bool IsFunction => _ref is JsFunction;

    internal bool IsHole
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, typeof(ValueTag.HoleTag));
    }

    /// <summary>The number, valid only when <see cref="IsNumber"/>.</summary>
    public double Number
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _number;
    }

    /// <summary>The boolean, valid only when <see cref="IsBoolean"/>.</summary>
    public bool Boolean
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _number != 0;
    }

    /// <summary>The string, valid only when <see cref="IsString"/>.</summary>
    public string String
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.As<string>(_ref!);
    }

    /// <summary>The object, valid only when <see cref="IsObject"/>.</summary>
    public JsObject Object
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.As<JsObject>(_ref!);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromNumber(double value) => new(typeof(ValueTag.NumberTag), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromBoolean(bool value) => new(typeof(ValueTag.BooleanTag), value ? 1 : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromString(string value) => new(value, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromObject(JsObject value) => new(value, 0);

    /// <summary>Wraps a runtime-internal record (for example an accessor pair in a slot).</summary>
    internal static JsValue FromInternal(object value) => new(value, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(double value) => FromNumber(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(int value) => FromNumber(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(bool value) => FromBoolean(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(string value) => FromString(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(JsObject value) => FromObject(value);

    public bool TryGetObject(out JsObject obj)
    {
        if (_ref is JsObject o)
        {
            obj = o;
            return true;
        }
        obj = null!;
        return false;
    }

    /// <summary>Bitwise identity of the two fields (not a JavaScript equality; see <see cref="Operators"/>).</summary>
    public bool Equals(JsValue other) => ReferenceEquals(_ref, other._ref) && _number.Equals(other._number);

    public override bool Equals(object? obj) => obj is JsValue v && Equals(v);

    public override int GetHashCode() => HashCode.Combine(_ref, _number);

    public override string ToString() => _ref switch
    {
        null => "undefined",
        string s => s,
        JsObject o => "[object " + o.ClassName + "]",
        _ when IsNumber => NumberFormatter.ToString(_number),
        _ when IsBoolean => _number != 0 ? "true" : "false",
        _ => ValueTag.NameOf(_ref) ?? _ref.ToString() ?? "",
    };

    /// <summary>Stores <paramref name="value"/> into a heap slot (a register, an object slot, an array element).</summary>
    /// <remarks>
    /// A number is stored as a freshly made value, whose tag the JIT knows is a frozen object, and undefined as the
    /// default value, so neither store needs a GC write barrier; copying the struct as a whole would call the barrier
    /// helper for its reference field. Any other value equal to what the slot holds already (a callee loaded into
    /// the same register again, a receiver, a boolean) is not stored at all, which also saves the barrier.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref JsValue slot, JsValue value)
    {
        if (value.IsNumber)
        {
            slot = FromNumber(value._number);
        }
        else if (value._ref is null)
        {
            slot = default;
        }
        else if (!ReferenceEquals(slot._ref, value._ref) || slot._number != value._number)
        {
            slot = value;
        }
    }
}
