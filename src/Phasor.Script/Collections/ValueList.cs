namespace Phasor.Script.Collections;

/// <summary>A growable array, for the front end's lists of its own structs.</summary>
/// <remarks>
/// <c>List&lt;T&gt;</c> over a struct of this assembly is generic code from the core library instantiated outside its
/// ReadyToRun version bubble, so every one of its methods a first evaluation touches was JIT-compiled at start-up
/// (about 30 of them for the binder's and compiler's lists). This class lives here, so ReadyToRun precompiles its
/// instantiations; it also avoids the core library's generic helpers (spans, <c>Array.Resize</c>) for the same reason.
/// </remarks>
internal sealed class ValueList<T>
{
    private T[] _items;
    private int _count;

    public ValueList(int capacity = 8)
    {
        _items = new T[Math.Max(1, capacity)];
    }

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _items[index];
        }
    }

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    /// <summary>Removes the last item (the list used as a stack).</summary>
    public void RemoveLast()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The list is empty.");
        }

        _items[--_count] = default!;
    }

    /// <summary>Removes every item.</summary>
    public void Clear() => Truncate(0);

    /// <summary>Keeps the first <paramref name="count"/> items and removes the rest (rewinding the list used as a log).</summary>
    public void Truncate(int count)
    {
        if ((uint)count > (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        while (_count > count)
        {
            _items[--_count] = default!;
        }
    }

    /// <summary>A copy of the items, in order.</summary>
    public T[] ToArray()
    {
        var copy = new T[_count];
        for (var i = 0; i < _count; i++)
        {
            copy[i] = _items[i];
        }

        return copy;
    }

    private void Grow()
    {
        var bigger = new T[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = _items[i];
        }

        _items = bigger;
    }
}
