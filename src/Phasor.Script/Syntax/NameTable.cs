namespace Phasor.Script.Syntax;

/// <summary>Interns names and string literal values: each distinct text gets one small integer id and one string.</summary>
/// <remarks>
/// Looked up by a span of characters, so a name seen before costs a hash and one comparison and allocates
/// nothing. Keywords are interned first, in <see cref="TokenKind"/> order, so a keyword's id is
/// <c>kind - Keywords.First</c>. An engine keeps one table for all the cells it evaluates; ids stay valid for
/// the table's lifetime. Not thread-safe: the engine's thread only.
/// </remarks>
internal sealed class NameTable
{
    private string[] _names = new string[256];
    private int[] _hashes = new int[256];
    private int[] _buckets = new int[512];
    private int _count;

    public NameTable()
    {
        foreach (var keyword in Keywords.Texts)
        {
            Intern(keyword);
        }
    }

    /// <summary>The number of distinct names interned so far.</summary>
    public int Count => _count;

    /// <summary>The text of name <paramref name="id"/>.</summary>
    public string this[int id] => _names[id];

    /// <summary>The id of <paramref name="text"/>, adding it if it is new.</summary>
    public int Intern(ReadOnlySpan<char> text)
    {
        var hash = string.GetHashCode(text);
        var mask = _buckets.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var entry = _buckets[index];
            if (entry == 0)
            {
                return Add(text, hash, index);
            }

            var id = entry - 1;
            if (_hashes[id] == hash && text.SequenceEqual(_names[id]))
            {
                return id;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>The id of <paramref name="text"/> if it was interned, else -1.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        var hash = string.GetHashCode(text);
        var mask = _buckets.Length - 1;
        for (var index = hash & mask; _buckets[index] != 0; index = (index + 1) & mask)
        {
            var id = _buckets[index] - 1;
            if (_hashes[id] == hash && text.SequenceEqual(_names[id]))
            {
                return id;
            }
        }

        return -1;
    }

    private int Add(ReadOnlySpan<char> text, int hash, int bucket)
    {
        var id = _count++;
        if (id == _names.Length)
        {
            Array.Resize(ref _names, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        _names[id] = text.ToString();
        _hashes[id] = hash;
        _buckets[bucket] = id + 1;
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var index = _hashes[id] & mask;
            while (_buckets[index] != 0)
            {
                index = (index + 1) & mask;
            }

            _buckets[index] = id + 1;
        }
    }
}
