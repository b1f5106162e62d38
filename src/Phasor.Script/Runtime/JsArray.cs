using Phasor.Script.Collections;
using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>An Array exotic object (ECMAScript 10.4.2): dense <see cref="JsValue"/> storage plus a length, sparse when huge.</summary>
/// <remarks>
/// Dense mode: element i lives in <see cref="Dense"/>[i] when i &lt; capacity; holes are <see cref="JsValue.Hole"/> and
/// indices between capacity and <see cref="Length"/> are holes too. Writing far beyond the capacity switches to sparse
/// mode (a dictionary), which never switches back. The VM's fast path: <c>index &lt; Length &amp;&amp; IsDense</c>, read
/// <c>Dense[index]</c>, and fall back to <see cref="JsObject.GetIndex(Realm, uint)"/> when it is a hole.
/// </remarks>
internal sealed class JsArray : JsObject
{
    private const uint SparseGap = 1024;

    private JsValue[] _dense;
    private uint _length;
    private Dictionary<uint, JsValue>? _sparse;
    private bool _lengthReadOnly;

    public JsArray(Realm realm, int capacity = 0)
        : this(realm.ArrayPrototype.RootShapeForChildren, capacity)
    {
    }

    public JsArray(Shape shape, int capacity)
        : base(shape)
    {
        HeapGuard.ReserveValues(capacity);
        _dense = capacity == 0 ? [] : new JsValue[capacity];
        SetFlag(ObjectFlags.HasExoticProperties);
    }

    /// <summary>Creates a dense array owning <paramref name="items"/> (no copy) with the given length.</summary>
    public JsArray(Realm realm, JsValue[] items, int length)
        : this(realm.ArrayPrototype.RootShapeForChildren, 0)
    {
        _dense = items;
        _length = (uint)length;
    }

    public override string ClassName => "Array";

    public uint Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _length;
    }

    public bool IsDense => _sparse is null;

    /// <summary>The dense backing store (valid while <see cref="IsDense"/>); entries at or past Length are unused.</summary>
    public JsValue[] Dense => _dense;

    /// <summary>Appends one element; allocation-free while the capacity suffices.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Push(JsValue value)
    {
        var length = _length;
        if (_sparse is null && length < (uint)_dense.Length && (Flags & ObjectFlags.NotExtensible) == 0 && !_lengthReadOnly)
        {
            _dense[length] = value;
            _length = length + 1;
            return true;
        }
        return PushSlow(value);
    }

    private bool PushSlow(JsValue value)
    {
        if (_lengthReadOnly || !IsExtensible || _length == uint.MaxValue)
        {
            return false;
        }
        return SetOwnElement(_length, value);
    }

    /// <summary>Getters and setters on array elements are out of scope (issue 4): refuse them rather than ignore them.</summary>
    protected override void DefineElementAccessor(Realm? realm, uint index, JsFunction? getter, JsFunction? setter)
    {
        if (realm is null)
        {
            throw new InvalidOperationException("Accessor elements on arrays are not supported");
        }

        Throw.TypeError(realm, ErrorMessages.ArrayElementAccessor);
    }

    public override bool TryGetOwnElement(uint index, out JsValue value)
    {
        if (_sparse is null)
        {
            if (index < (uint)_dense.Length && index < _length)
            {
                value = _dense[index];
                return !value.IsHole;
            }
            value = default;
            return false;
        }
        return _sparse.TryGetValue(index, out value);
    }

    public override bool SetOwnElement(uint index, JsValue value)
    {
        if ((Flags & ObjectFlags.FrozenElements) != 0)
        {
            return false;
        }
        if (index >= _length)
        {
            if (!IsExtensible || _lengthReadOnly)
            {
                return false;
            }
        }
        else if (!IsExtensible && !TryGetOwnElement(index, out _))
        {
            return false;
        }
        DefineOwnElement(index, value);
        return true;
    }

    public override void DefineOwnElement(uint index, JsValue value)
    {
        if (_sparse is null)
        {
            if (index < (uint)_dense.Length)
            {
                _dense[index] = value;
                if (index >= _length)
                {
                    FillHoles(_length, index);
                    _length = index + 1;
                }
                return;
            }
            if (index <= ((uint)_dense.Length * 2) + SparseGap)
            {
                Grow(index + 1);
                _dense[index] = value;
                if (index >= _length)
                {
                    FillHoles(_length, index);
                    _length = index + 1;
                }
                return;
            }
            MakeSparse();
        }
        var count = _sparse!.Count;
        if (count >= 1 << 16 && (count & (count - 1)) == 0)
        {
            // The dictionary grows near powers of two; an entry costs about as much as three values.
            HeapGuard.ReserveValues(3L * count);
        }

        _sparse[index] = value;
        if (index >= _length)
        {
            _length = index + 1;
        }
    }

    private void FillHoles(uint from, uint to)
    {
        for (var i = from; i < to && i < (uint)_dense.Length; i++)
        {
            _dense[i] = JsValue.Hole;
        }
    }

    /// <summary>Ensures dense capacity for at least <paramref name="needed"/> elements (doubling).</summary>
    public void Grow(uint needed)
    {
        if (needed <= (uint)_dense.Length)
        {
            return;
        }
        var capacity = (uint)Math.Max(8, _dense.Length * 2);
        if (capacity < needed)
        {
            capacity = needed;
        }
        var old = _dense.Length;
        capacity = Math.Min(capacity, (uint)Array.MaxLength);
        HeapGuard.ReserveValues(capacity);
        ArrayGrowth.Resize(ref _dense, (int)capacity);
        for (var i = old; i < _dense.Length; i++)
        {
            _dense[i] = JsValue.Hole;
        }
    }

    private void MakeSparse()
    {
        _sparse = [];
        for (uint i = 0; i < _length && i < (uint)_dense.Length; i++)
        {
            if (!_dense[i].IsHole)
            {
                _sparse[i] = _dense[i];
            }
        }
        _dense = [];
    }

    public override bool DeleteOwnElement(uint index)
    {
        if ((Flags & (ObjectFlags.FrozenElements | ObjectFlags.SealedElements)) != 0)
        {
            return !TryGetOwnElement(index, out _);
        }
        if (_sparse is not null)
        {
            _sparse.Remove(index);
        }
        else if (index < _length && index < (uint)_dense.Length)
        {
            _dense[index] = JsValue.Hole;
        }
        return true;
    }

    public override void CollectElementIndices(List<uint> into)
    {
        if (_sparse is null)
        {
            var limit = Math.Min(_length, (uint)_dense.Length);
            for (uint i = 0; i < limit; i++)
            {
                if (!_dense[i].IsHole)
                {
                    into.Add(i);
                }
            }
            return;
        }
        var start = into.Count;
        into.AddRange(_sparse.Keys);
        into.Sort(start, into.Count - start, null);
    }

    /// <summary>ArraySetLength (ECMAScript 10.4.2.4): truncates or extends; false when length is read-only.</summary>
    public bool SetLength(uint newLength)
    {
        if (newLength == _length)
        {
            return true;
        }
        if (_lengthReadOnly || (Flags & ObjectFlags.FrozenElements) != 0)
        {
            return false;
        }
        if (newLength < _length)
        {
            if (_sparse is null)
            {
                var end = Math.Min(_length, (uint)_dense.Length);
                for (var i = newLength; i < end; i++)
                {
                    _dense[i] = JsValue.Hole;
                }
            }
            else
            {
                foreach (var key in _sparse.Keys.Where(k => k >= newLength).ToList())
                {
                    _sparse.Remove(key);
                }
            }
        }
        else if (_sparse is null)
        {
            FillHoles(_length, newLength);
        }
        _length = newLength;
        return true;
    }

    /// <summary>Sets length from a script value, throwing RangeError "Invalid array length" for non-uint32 values.</summary>
    public bool SetLength(Realm realm, JsValue value, bool throwOnFailure)
    {
        var number = Conversions.ToNumber(realm, value);
        var newLength = Conversions.ToUint32(number);
        if (newLength != number)
        {
            Throw.RangeError(realm, ErrorMessages.InvalidArrayLength);
        }
        return SetLength(newLength) || Fail(realm, throwOnFailure, ErrorMessages.ReadOnlyProperty, "length", this);
    }

    protected override bool HasOwnExotic(string key) => key == "length";

    protected override bool TryGetOwnExotic(string key, out JsValue value)
    {
        if (key == "length")
        {
            value = JsValue.FromNumber(_length);
            return true;
        }
        value = default;
        return false;
    }

    protected override PropertyFlags ExoticFlags(string key) => _lengthReadOnly ? PropertyFlags.None : PropertyFlags.Writable;

    protected override bool SetOwnExotic(Realm realm, string key, JsValue value, bool throwOnFailure) =>
        SetLength(realm, value, throwOnFailure);

    protected override void CollectExoticKeys(List<string> into) => into.Add("length");

    /// <summary>Makes length read-only (Object.freeze on an array).</summary>
    public void FreezeLength() => _lengthReadOnly = true;

    /// <summary>Copies elements [0, Length) into a new array, holes read as undefined (for builtins that snapshot).</summary>
    public JsValue[] ToArray(Realm realm)
    {
        HeapGuard.ReserveValues(_length);
        var result = new JsValue[_length];
        for (uint i = 0; i < _length; i++)
        {
            result[i] = GetIndex(realm, i);
        }
        return result;
    }
}
