namespace Phasor.Script.Runtime;

/// <summary>An insertion-ordered hash table keyed by SameValueZero: the storage of Map and Set.</summary>
/// <remarks>
/// Entries are appended to parallel arrays; deletion leaves a tombstone so that live iterators (which hold an entry
/// index) keep their place, as ECMAScript requires iteration to see later additions and skip deletions. Tombstones
/// are compacted only while no iterator is active.
/// </remarks>
internal sealed class OrderedTable
{
    private readonly Dictionary<JsValue, int> _index = new(SameValueZeroComparer.Instance);
    private JsValue[] _keys = new JsValue[4];
    private JsValue[] _values = new JsValue[4];
    private bool[] _deleted = new bool[4];
    private int _end;

    public int Count => _index.Count;

    /// <summary>One past the last entry index (tombstones included); iteration runs up to it.</summary>
    public int End => _end;

    /// <summary>Iterators currently walking the table; compaction waits until it is zero.</summary>
    public int ActiveIterators { get; set; }

    public bool IsLive(int entry) => !_deleted[entry];

    public JsValue KeyAt(int entry) => _keys[entry];

    public JsValue ValueAt(int entry) => _values[entry];

    public bool TryGetValue(JsValue key, out JsValue value)
    {
        if (_index.TryGetValue(Normalize(key), out var entry))
        {
            value = _values[entry];
            return true;
        }
        value = default;
        return false;
    }

    public bool Has(JsValue key) => _index.ContainsKey(Normalize(key));

    public void Set(JsValue key, JsValue value)
    {
        key = Normalize(key);
        if (_index.TryGetValue(key, out var entry))
        {
            _values[entry] = value;
            return;
        }
        if (_end == _keys.Length)
        {
            if (ActiveIterators == 0 && _index.Count < _end / 2)
            {
                Compact();
            }
            if (_end == _keys.Length)
            {
                // Keys, values and the index dictionary: about five values per entry after doubling.
                HeapGuard.ReserveValues(10L * _end);
                Array.Resize(ref _keys, _end * 2);
                Array.Resize(ref _values, _end * 2);
                Array.Resize(ref _deleted, _end * 2);
            }
        }
        _keys[_end] = key;
        _values[_end] = value;
        _deleted[_end] = false;
        _index[key] = _end;
        _end++;
    }

    public bool Remove(JsValue key)
    {
        if (!_index.Remove(Normalize(key), out var entry))
        {
            return false;
        }
        _deleted[entry] = true;
        _keys[entry] = default;
        _values[entry] = default;
        return true;
    }

    public void Clear()
    {
        for (var i = 0; i < _end; i++)
        {
            _deleted[i] = true;
            _keys[i] = default;
            _values[i] = default;
        }
        _index.Clear();
        if (ActiveIterators == 0)
        {
            _end = 0;
        }
    }

    private void Compact()
    {
        var live = 0;
        for (var i = 0; i < _end; i++)
        {
            if (_deleted[i])
            {
                continue;
            }
            _keys[live] = _keys[i];
            _values[live] = _values[i];
            _deleted[live] = false;
            _index[_keys[live]] = live;
            live++;
        }
        Array.Clear(_keys, live, _end - live);
        Array.Clear(_values, live, _end - live);
        _end = live;
    }

    // -0 is stored as +0 so that keys read back from a Map are +0 (ECMAScript 24.1.3.9 step 5).
    private static JsValue Normalize(JsValue key) => key.IsNumber && key.Number == 0 ? JsValue.FromNumber(0) : key;
}
