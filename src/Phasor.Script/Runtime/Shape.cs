using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>A hidden class: the prototype plus the ordered named-property keys of an object, mapped to slots and flags.</summary>
/// <remarks>
/// Shapes form a transition tree rooted at one shape per prototype (<see cref="JsObject.RootShapeForChildren"/>), so
/// two objects built with the same keys in the same order from the same prototype share a shape.
/// <para><b>Invariant:</b> a non-dictionary shape is immutable; key <c>i</c> lives in slot <c>i</c>. An inline cache
/// keyed on a receiver's shape may therefore remember a slot index, and also pins the receiver's prototype.</para>
/// <para>A dictionary shape (<see cref="IsDictionary"/>) belongs to one object and mutates in place (after a delete,
/// an attribute change or too many properties); inline caches must not cache it.</para>
/// </remarks>
internal sealed class Shape
{
    /// <summary>Objects with more named properties than this switch to dictionary mode.</summary>
    public const int MaxFastProperties = 64;

    private const int LinearSearchLimit = 8;

    private static int s_prototypeEpoch;

    private string?[] _keys;
    private PropertyFlags[] _flags;
    private int _count;
    private Dictionary<string, int>? _index;

    // Transitions: the first child inline, more in a dictionary.
    private string? _firstKey;
    private PropertyFlags _firstFlags;
    private Shape? _firstChild;
    // One table per flags value rather than one keyed by (key, flags): string-keyed dictionaries share code that
    // ReadyToRun has precompiled, where a tuple key costs a dozen JIT compilations at every process start.
    private Dictionary<string, Shape>?[]? _transitions;

    private Shape(JsObject? prototype, string?[] keys, PropertyFlags[] flags, int count, bool dictionary)
    {
        Prototype = prototype;
        _keys = keys;
        _flags = flags;
        _count = count;
        IsDictionary = dictionary;
    }

    /// <summary>
    /// A counter bumped whenever an object used as a prototype changes its layout. An inline cache that found a
    /// property on a prototype (or found it absent) is valid while the receiver's shape and this epoch are unchanged.
    /// </summary>
    public static int PrototypeEpoch
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref s_prototypeEpoch);
    }

    public JsObject? Prototype { get; }

    public bool IsDictionary { get; }

    /// <summary>Number of slots in use, including tombstones of deleted dictionary entries.</summary>
    public int SlotCount => _count;

    internal static void BumpPrototypeEpoch() => Interlocked.Increment(ref s_prototypeEpoch);

    /// <summary>Creates the empty root shape for objects whose prototype is <paramref name="prototype"/>.</summary>
    internal static Shape CreateRoot(JsObject? prototype) => new(prototype, [], [], 0, dictionary: false);

    /// <summary>The slot of <paramref name="key"/>, or -1; <paramref name="flags"/> gets its attributes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(string key, out PropertyFlags flags)
    {
        if (_index is null && _count <= LinearSearchLimit)
        {
            var keys = _keys;
            for (var i = 0; i < _count; i++)
            {
                if (ReferenceEquals(keys[i], key) || string.Equals(keys[i], key))
                {
                    flags = _flags[i];
                    return i;
                }
            }
            flags = default;
            return -1;
        }
        return FindIndexed(key, out flags);
    }

    private int FindIndexed(string key, out PropertyFlags flags)
    {
        _index ??= BuildIndex();
        if (_index.TryGetValue(key, out var slot))
        {
            flags = _flags[slot];
            return slot;
        }
        flags = default;
        return -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
        {
            if (_keys[i] is { } k)
            {
                index[k] = i;
            }
        }
        return index;
    }

    /// <summary>The key in <paramref name="slot"/>, or null for a deleted dictionary entry.</summary>
    public string? KeyAt(int slot) => _keys[slot];

    public PropertyFlags FlagsAt(int slot) => _flags[slot];

    /// <summary>The shape after adding <paramref name="key"/>; for dictionary shapes this mutates and returns this.</summary>
    public Shape AddProperty(string key, PropertyFlags flags)
    {
        if (IsDictionary)
        {
            Append(key, flags);
            return this;
        }
        if (_firstChild is not null && ReferenceEquals(_firstKey, key) && _firstFlags == flags)
        {
            return _firstChild;
        }
        if (_transitions?[(int)flags] is { } table && table.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (_count >= MaxFastProperties)
        {
            var dict = ToDictionary();
            dict.Append(key, flags);
            return dict;
        }
        var child = CreateChild(key, flags);
        if (_firstChild is null)
        {
            _firstKey = key;
            _firstFlags = flags;
            _firstChild = child;
        }
        else
        {
            _transitions ??= new Dictionary<string, Shape>?[(int)PropertyFlags.Accessor * 2];
            (_transitions[(int)flags] ??= new Dictionary<string, Shape>(StringComparer.Ordinal))[key] = child;
        }
        return child;
    }

    private Shape CreateChild(string key, PropertyFlags flags)
    {
        var keys = new string?[_count + 1];
        var flagArray = new PropertyFlags[_count + 1];
        Array.Copy(_keys, keys, _count);
        Array.Copy(_flags, flagArray, _count);
        keys[_count] = string.IsInterned(key) ?? key;
        flagArray[_count] = flags;
        return new Shape(Prototype, keys, flagArray, _count + 1, dictionary: false);
    }

    /// <summary>A private, mutable copy of this shape for one object (same slots).</summary>
    public Shape ToDictionary()
    {
        var capacity = Math.Max(8, _count * 2);
        var keys = new string?[capacity];
        var flags = new PropertyFlags[capacity];
        Array.Copy(_keys, keys, _count);
        Array.Copy(_flags, flags, _count);
        return new Shape(Prototype, keys, flags, _count, dictionary: true);
    }

    /// <summary>The same keys and slots under another prototype (dictionary shapes are copied privately).</summary>
    public Shape WithPrototype(JsObject? prototype)
    {
        var shape = prototype is null ? CreateRoot(null) : prototype.RootShapeForChildren;
        if (IsDictionary)
        {
            var dict = new Shape(prototype, (string?[])_keys.Clone(), (PropertyFlags[])_flags.Clone(), _count, true);
            return dict;
        }
        for (var i = 0; i < _count; i++)
        {
            shape = shape.AddProperty(_keys[i]!, _flags[i]);
        }
        return shape;
    }

    private void Append(string key, PropertyFlags flags)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _flags, _count * 2);
        }
        _keys[_count] = key;
        _flags[_count] = flags;
        _index?.Add(key, _count);
        _count++;
    }

    /// <summary>Dictionary shapes only: forgets the key in <paramref name="slot"/> (the slot becomes a tombstone).</summary>
    public void RemoveAt(int slot)
    {
        if (!IsDictionary)
        {
            throw new InvalidOperationException("Only dictionary shapes mutate.");
        }
        _index?.Remove(_keys[slot]!);
        _keys[slot] = null;
        _flags[slot] = PropertyFlags.None;
    }

    /// <summary>Dictionary shapes only: changes the attributes of the property in <paramref name="slot"/>.</summary>
    public void SetFlagsAt(int slot, PropertyFlags flags)
    {
        if (!IsDictionary)
        {
            throw new InvalidOperationException("Only dictionary shapes mutate.");
        }
        _flags[slot] = flags;
    }
}
