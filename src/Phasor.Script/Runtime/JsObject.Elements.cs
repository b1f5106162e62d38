namespace Phasor.Script.Runtime;

/// <summary>Indexed (array-index keyed) element storage of ordinary objects; arrays override it with dense storage.</summary>
/// <remarks>An ordinary object's element may be an accessor (<c>{ get 0() {...} }</c>): its storage then holds the
/// <see cref="PropertyAccessor"/>, which [[Get]] and [[Set]] call. Arrays refuse accessor elements (not supported).</remarks>
internal partial class JsObject
{
    private Dictionary<uint, JsValue>? _elements;

    /// <summary>[[Get]] for an array-index key: own element, then the prototype chain.</summary>
    public JsValue GetIndex(Realm realm, uint index) => GetIndex(realm, index, this);

    public JsValue GetIndex(Realm realm, uint index, JsValue receiver)
    {
        for (var o = this; o is not null; o = o.Prototype)
        {
            if (o.TryGetOwnElement(index, out var value))
            {
                return value.Ref is PropertyAccessor ? CallGetter(realm, value, receiver) : value;
            }
        }
        return JsValue.Undefined;
    }

    /// <summary>[[Set]] for an array-index key; elements are always plain data properties.</summary>
    public bool SetIndex(Realm realm, uint index, JsValue value, bool throwOnFailure = false)
    {
        if (_elements is not null && _elements.TryGetValue(index, out var existing) && existing.Ref is PropertyAccessor)
        {
            return CallSetter(realm, existing, this, value, PropertyKey.IndexToString(index), throwOnFailure);
        }

        if (SetOwnElement(index, value))
        {
            return true;
        }
        return Fail(realm, throwOnFailure, ErrorMessages.ReadOnlyProperty, PropertyKey.IndexToString(index), this);
    }

    public virtual bool TryGetOwnElement(uint index, out JsValue value)
    {
        if (_elements is not null && _elements.TryGetValue(index, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Writes an own element; false when the object is frozen or not extensible.</summary>
    public virtual bool SetOwnElement(uint index, JsValue value)
    {
        if ((Flags & ObjectFlags.FrozenElements) != 0)
        {
            return false;
        }
        _elements ??= [];
        if (!IsExtensible && !_elements.ContainsKey(index))
        {
            return false;
        }
        _elements[index] = value;
        return true;
    }

    /// <summary>Defines (or updates) an accessor element; a null getter or setter keeps the existing one.</summary>
    protected virtual void DefineElementAccessor(Realm? realm, uint index, JsFunction? getter, JsFunction? setter)
    {
        _elements ??= [];
        if (_elements.TryGetValue(index, out var old) && old.Ref is PropertyAccessor existing)
        {
            existing.Getter = getter ?? existing.Getter;
            existing.Setter = setter ?? existing.Setter;
            return;
        }

        _elements[index] = JsValue.FromInternal(new PropertyAccessor(getter, setter));
    }

    /// <summary>Defines an own element regardless of extensibility (object literals, built-in setup).</summary>
    public virtual void DefineOwnElement(uint index, JsValue value)
    {
        _elements ??= [];
        _elements[index] = value;
    }

    public virtual bool DeleteOwnElement(uint index)
    {
        if ((Flags & (ObjectFlags.FrozenElements | ObjectFlags.SealedElements)) != 0)
        {
            return _elements is null || !_elements.ContainsKey(index);
        }
        _elements?.Remove(index);
        return true;
    }

    /// <summary>Appends the own element indices in ascending order.</summary>
    public virtual void CollectElementIndices(List<uint> into)
    {
        if (_elements is null || _elements.Count == 0)
        {
            return;
        }
        var start = into.Count;
        into.AddRange(_elements.Keys);
        into.Sort(start, into.Count - start, null);
    }
}
