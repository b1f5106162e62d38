using Phasor.Script.Collections;
using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>An ordinary JavaScript object: a shape, a slot array for named properties, optional indexed elements.</summary>
/// <remarks>
/// Named properties (string keys that are not array indices) live in <see cref="Slots"/> at the index the shape gives.
/// Array-index keys ("0", "1", ...) live in element storage, overridable by exotic subclasses such as <see cref="JsArray"/>.
/// Operations that can run script code (getters, setters) take the <see cref="Realm"/>.
/// </remarks>
internal partial class JsObject
{
    private static readonly Shape s_nullPrototypeRoot = Shape.CreateRoot(null);

    private Shape _shape;
    private JsValue[] _slots;
    private Shape? _childRoot;
    private ObjectFlags _flags;

    public JsObject(Shape shape)
    {
        _shape = shape;
        _slots = shape.SlotCount == 0 ? [] : new JsValue[Math.Max(4, shape.SlotCount)];
    }

    public JsObject(JsObject? prototype)
        : this(prototype is null ? s_nullPrototypeRoot : prototype.RootShapeForChildren)
    {
    }

    /// <summary>The hidden class; compare by reference in inline caches.</summary>
    public Shape Shape
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _shape;
    }

    /// <summary>Named property storage, indexed by the slot numbers the shape hands out.</summary>
    public JsValue[] Slots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _slots;
    }

    public JsObject? Prototype => _shape.Prototype;

    public ObjectFlags Flags => _flags;

    public bool IsExtensible => (_flags & ObjectFlags.NotExtensible) == 0;

    /// <summary>The name Object.prototype.toString and inspection use for the kind of object ("Object", "Array", ...).</summary>
    public virtual string ClassName => "Object";

    /// <summary>The root shape of objects that have this object as prototype (created once, cached here).</summary>
    public Shape RootShapeForChildren
    {
        get
        {
            if (_childRoot is null)
            {
                _childRoot = Shape.CreateRoot(this);
                _flags |= ObjectFlags.IsPrototype;
                Shape.BumpPrototypeEpoch();
            }
            return _childRoot;
        }
    }

    protected void SetFlag(ObjectFlags flag) => _flags |= flag;

    /// <summary>Changes the prototype (Object.setPrototypeOf); the object moves to a shape under the new root.</summary>
    public void SetPrototype(JsObject? prototype)
    {
        if (ReferenceEquals(prototype, Prototype))
        {
            return;
        }
        _shape = _shape.WithPrototype(prototype);
        LayoutChanged();
    }

    /// <summary>Finds a named property along the prototype chain, for inline caches and generic access.</summary>
    public PropertyLookup Lookup(string key)
    {
        for (var o = this; o is not null; o = o._shape.Prototype)
        {
            if ((o._flags & ObjectFlags.HasExoticProperties) != 0 && o.HasOwnExotic(key))
            {
                return new PropertyLookup(o, -1, o.ExoticFlags(key));
            }
            var slot = o._shape.Find(key, out var flags);
            if (slot >= 0)
            {
                return new PropertyLookup(o, slot, flags);
            }
        }
        return default;
    }

    /// <summary>[[Get]] with this object as receiver.</summary>
    public JsValue Get(Realm realm, string key) => Get(realm, key, this);

    /// <summary>[[Get]] (ECMAScript 10.1.8): own then prototype chain, calling getters with <paramref name="receiver"/>.</summary>
    public JsValue Get(Realm realm, string key, JsValue receiver)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            return GetIndex(realm, index, receiver);
        }
        for (var o = this; o is not null; o = o._shape.Prototype)
        {
            if ((o._flags & ObjectFlags.HasExoticProperties) != 0 && o.TryGetOwnExotic(key, out var exotic))
            {
                return exotic;
            }
            var slot = o._shape.Find(key, out var flags);
            if (slot >= 0)
            {
                var value = o._slots[slot];
                return (flags & PropertyFlags.Accessor) == 0 ? value : CallGetter(realm, value, receiver);
            }
        }
        return JsValue.Undefined;
    }

    internal static JsValue CallGetter(Realm realm, JsValue accessorSlot, JsValue receiver)
    {
        var accessor = (PropertyAccessor)accessorSlot.Ref!;
        return accessor.Getter is { } getter ? getter.Call(realm, receiver, []) : JsValue.Undefined;
    }

    /// <summary>[[Set]] with this object as receiver; returns false (or throws in strict code) when refused.</summary>
    public bool Set(Realm realm, string key, JsValue value, bool throwOnFailure = false)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            return SetIndex(realm, index, value, throwOnFailure);
        }
        if ((_flags & ObjectFlags.HasExoticProperties) != 0 && HasOwnExotic(key))
        {
            return SetOwnExotic(realm, key, value, throwOnFailure);
        }
        var slot = _shape.Find(key, out var flags);
        if (slot >= 0)
        {
            if ((flags & (PropertyFlags.Accessor | PropertyFlags.Writable)) == PropertyFlags.Writable)
            {
                _slots[slot] = value;
                return true;
            }
            return (flags & PropertyFlags.Accessor) != 0
                ? CallSetter(realm, _slots[slot], this, value, key, throwOnFailure)
                : Fail(realm, throwOnFailure, ErrorMessages.ReadOnlyProperty, key, this);
        }
        return SetInherited(realm, key, value, throwOnFailure);
    }

    private bool SetInherited(Realm realm, string key, JsValue value, bool throwOnFailure)
    {
        for (var o = _shape.Prototype; o is not null; o = o._shape.Prototype)
        {
            var slot = o._shape.Find(key, out var flags);
            if (slot < 0)
            {
                continue;
            }
            if ((flags & PropertyFlags.Accessor) != 0)
            {
                return CallSetter(realm, o._slots[slot], this, value, key, throwOnFailure);
            }
            if ((flags & PropertyFlags.Writable) == 0)
            {
                return Fail(realm, throwOnFailure, ErrorMessages.ReadOnlyProperty, key, this);
            }
            break;
        }
        if (!IsExtensible)
        {
            return Fail(realm, throwOnFailure, ErrorMessages.NotExtensible, key, this);
        }
        AddOwn(key, value, PropertyFlags.Default);
        return true;
    }

    private static bool CallSetter(Realm realm, JsValue slot, JsValue receiver, JsValue value, string key, bool throwOnFailure)
    {
        var accessor = (PropertyAccessor)slot.Ref!;
        if (accessor.Setter is null)
        {
            return Fail(realm, throwOnFailure, ErrorMessages.GetterOnly, key, receiver);
        }
        accessor.Setter.Call(realm, receiver, [value]);
        return true;
    }

    internal static bool Fail(Realm realm, bool throwOnFailure, string template, string key, JsValue target)
    {
        if (throwOnFailure)
        {
            Throw.TypeError(realm, template, key, Inspector.DescribeForError(target));
        }
        return false;
    }

    /// <summary>Appends a new own named property (the caller knows it is absent); returns its slot.</summary>
    public int AddOwn(string key, JsValue value, PropertyFlags flags)
    {
        _shape = _shape.AddProperty(key, flags);
        var slot = _shape.SlotCount - 1;
        if (slot >= _slots.Length)
        {
            ArrayGrowth.Resize(ref _slots, Math.Max(4, _slots.Length * 2));
        }
        _slots[slot] = value;
        LayoutChanged();
        return slot;
    }

    /// <summary>Creates or redefines an own data property with the given attributes (no checks: built-in setup and literals).</summary>
    public void DefineOwn(string key, JsValue value, PropertyFlags flags = PropertyFlags.Default)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            DefineOwnElement(index, value);
            return;
        }
        var slot = _shape.Find(key, out var old);
        if (slot < 0)
        {
            AddOwn(key, value, flags);
            return;
        }
        if (old != flags)
        {
            ChangeFlags(slot, flags);
        }
        _slots[slot] = value;
    }

    /// <summary>Creates or updates an accessor property; a null getter or setter keeps the existing one.</summary>
    /// <remarks>An array-index key makes an accessor element; <paramref name="realm"/> reports the TypeError arrays raise for those (not supported).</remarks>
    public void DefineAccessor(string key, JsFunction? getter, JsFunction? setter, PropertyFlags flags = PropertyFlags.Configurable, Realm? realm = null)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            DefineElementAccessor(realm, index, getter, setter);
            return;
        }

        if (realm is not null && (_flags & ObjectFlags.HasExoticProperties) != 0 && HasOwnExotic(key))
        {
            // An exotic property (an array's length) cannot become an accessor.
            Throw.TypeError(realm, ErrorMessages.CannotRedefine, key);
        }

        flags |= PropertyFlags.Accessor;
        flags &= ~PropertyFlags.Writable;
        var slot = _shape.Find(key, out var old);
        if (slot >= 0 && (old & PropertyFlags.Accessor) != 0)
        {
            var existing = (PropertyAccessor)_slots[slot].Ref!;
            existing.Getter = getter ?? existing.Getter;
            existing.Setter = setter ?? existing.Setter;
            if (old != flags)
            {
                ChangeFlags(slot, flags);
            }
            return;
        }
        var accessor = JsValue.FromInternal(new PropertyAccessor(getter, setter));
        if (slot < 0)
        {
            AddOwn(key, accessor, flags);
            return;
        }
        ChangeFlags(slot, flags);
        _slots[slot] = accessor;
    }

    private void ChangeFlags(int slot, PropertyFlags flags)
    {
        if (!_shape.IsDictionary)
        {
            _shape = _shape.ToDictionary();
        }
        _shape.SetFlagsAt(slot, flags);
        LayoutChanged();
    }

    /// <summary>[[Delete]]: false when the property is non-configurable (or throws in strict code).</summary>
    public bool Delete(Realm realm, string key, bool throwOnFailure = false)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            return DeleteOwnElement(index) || Fail(realm, throwOnFailure, ErrorMessages.CannotDelete, key, this);
        }
        if ((_flags & ObjectFlags.HasExoticProperties) != 0 && HasOwnExotic(key))
        {
            return Fail(realm, throwOnFailure, ErrorMessages.CannotDelete, key, this);
        }
        var slot = _shape.Find(key, out var flags);
        if (slot < 0)
        {
            return true;
        }
        if ((flags & PropertyFlags.Configurable) == 0)
        {
            return Fail(realm, throwOnFailure, ErrorMessages.CannotDelete, key, this);
        }
        if (!_shape.IsDictionary)
        {
            _shape = _shape.ToDictionary();
        }
        _shape.RemoveAt(slot);
        _slots[slot] = default;
        LayoutChanged();
        return true;
    }

    /// <summary>[[HasProperty]]: own or inherited (the <c>in</c> operator).</summary>
    public bool HasProperty(string key)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            for (var o = this; o is not null; o = o.Prototype)
            {
                if (o.TryGetOwnElement(index, out _))
                {
                    return true;
                }
            }
            return false;
        }
        return Lookup(key).Found;
    }

    public bool HasOwnProperty(string key)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            return TryGetOwnElement(index, out _);
        }
        if ((_flags & ObjectFlags.HasExoticProperties) != 0 && HasOwnExotic(key))
        {
            return true;
        }
        return _shape.Find(key, out _) >= 0;
    }

    /// <summary>The own property's raw slot value (an accessor pair for accessors) and flags.</summary>
    public bool TryGetOwnProperty(string key, out JsValue value, out PropertyFlags flags)
    {
        if (PropertyKey.IsArrayIndex(key, out var index))
        {
            flags = (_flags & ObjectFlags.FrozenElements) != 0 ? PropertyFlags.Enumerable : PropertyFlags.Default;
            var found = TryGetOwnElement(index, out value);
            if (value.Ref is PropertyAccessor)
            {
                flags = PropertyFlags.Accessor | PropertyFlags.Enumerable | PropertyFlags.Configurable;
            }

            return found;
        }
        if ((_flags & ObjectFlags.HasExoticProperties) != 0 && TryGetOwnExotic(key, out value))
        {
            flags = ExoticFlags(key);
            return true;
        }
        var slot = _shape.Find(key, out flags);
        value = slot >= 0 ? _slots[slot] : default;
        return slot >= 0;
    }

    private void LayoutChanged()
    {
        if ((_flags & ObjectFlags.IsPrototype) != 0)
        {
            Shape.BumpPrototypeEpoch();
        }
    }

    // Exotic named properties (array length). Subclasses set HasExoticProperties and override these.
    protected virtual bool HasOwnExotic(string key) => false;

    protected virtual bool TryGetOwnExotic(string key, out JsValue value)
    {
        value = default;
        return false;
    }

    protected virtual PropertyFlags ExoticFlags(string key) => PropertyFlags.None;

    protected virtual bool SetOwnExotic(Realm realm, string key, JsValue value, bool throwOnFailure) => false;
}
