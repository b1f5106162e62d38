namespace Phasor.Script.Runtime;

/// <summary>Key enumeration and integrity levels (freeze, seal, preventExtensions) of objects.</summary>
internal partial class JsObject
{
    /// <summary>
    /// OrdinaryOwnPropertyKeys (ECMAScript 10.1.11.1): array indices ascending, then string keys in insertion order.
    /// Exotic properties such as an array's <c>length</c> are listed only when <paramref name="onlyEnumerable"/> is false.
    /// </summary>
    public List<string> OwnKeys(bool onlyEnumerable)
    {
        var keys = new List<string>();
        var indices = new List<uint>();
        CollectElementIndices(indices);
        foreach (var i in indices)
        {
            keys.Add(PropertyKey.IndexToString(i));
        }
        if (!onlyEnumerable)
        {
            CollectExoticKeys(keys);
        }
        var shape = _shape;
        for (var slot = 0; slot < shape.SlotCount; slot++)
        {
            if (shape.KeyAt(slot) is { } key && (!onlyEnumerable || (shape.FlagsAt(slot) & PropertyFlags.Enumerable) != 0))
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    protected virtual void CollectExoticKeys(List<string> into)
    {
    }

    /// <summary>The keys a for-in loop visits: enumerable own and inherited string keys, each once, shadowing respected.</summary>
    public List<string> ForInKeys()
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var o = this; o is not null; o = o.Prototype)
        {
            foreach (var key in o.OwnKeys(onlyEnumerable: false))
            {
                if (!seen.Add(key))
                {
                    continue;
                }
                o.TryGetOwnProperty(key, out _, out var flags);
                if ((flags & PropertyFlags.Enumerable) != 0)
                {
                    result.Add(key);
                }
            }
        }
        return result;
    }

    /// <summary>Object.preventExtensions.</summary>
    public void PreventExtensions() => _flags |= ObjectFlags.NotExtensible;

    /// <summary>Object.freeze: every own property becomes non-configurable and data properties read-only.</summary>
    public void Freeze() => Restrict(freeze: true);

    /// <summary>Object.seal: every own property becomes non-configurable; no properties may be added.</summary>
    public void Seal() => Restrict(freeze: false);

    private void Restrict(bool freeze)
    {
        _flags |= ObjectFlags.NotExtensible | ObjectFlags.SealedElements;
        if (freeze)
        {
            _flags |= ObjectFlags.FrozenElements;
            (this as JsArray)?.FreezeLength();
        }
        if (_shape.SlotCount > 0)
        {
            if (!_shape.IsDictionary)
            {
                _shape = _shape.ToDictionary();
            }
            for (var slot = 0; slot < _shape.SlotCount; slot++)
            {
                var flags = _shape.FlagsAt(slot) & ~PropertyFlags.Configurable;
                if (freeze && (flags & PropertyFlags.Accessor) == 0)
                {
                    flags &= ~PropertyFlags.Writable;
                }
                _shape.SetFlagsAt(slot, flags);
            }
            LayoutChanged();
        }
    }

    /// <summary>Object.isFrozen.</summary>
    /// <summary>TestIntegrityLevel sealed (7.3.16): not extensible, every property non-configurable.</summary>
    public bool IsSealed()
    {
        if (IsExtensible)
        {
            return false;
        }
        var indices = new List<uint>();
        CollectElementIndices(indices);
        if (indices.Count > 0 && (_flags & ObjectFlags.SealedElements) == 0)
        {
            return false;
        }
        for (var slot = 0; slot < _shape.SlotCount; slot++)
        {
            if (_shape.KeyAt(slot) is not null && (_shape.FlagsAt(slot) & PropertyFlags.Configurable) != 0)
            {
                return false;
            }
        }
        return true;
    }

    public bool IsFrozen()
    {
        if (IsExtensible)
        {
            return false;
        }
        var indices = new List<uint>();
        CollectElementIndices(indices);
        if (indices.Count > 0 && (_flags & ObjectFlags.FrozenElements) == 0)
        {
            return false;
        }
        for (var slot = 0; slot < _shape.SlotCount; slot++)
        {
            var flags = _shape.FlagsAt(slot);
            if (_shape.KeyAt(slot) is not null && (flags & (PropertyFlags.Configurable | PropertyFlags.Writable)) != 0)
            {
                return false;
            }
        }
        return true;
    }
}
