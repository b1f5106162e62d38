using System.Runtime.CompilerServices;

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

    /// <summary>Open addressing with linear probing; each entry holds the hash beside the id + 1 (0: empty), so a probe
    /// that meets another name is rejected without touching that name's string.</summary>
    private Entry[] _buckets = new Entry[512];
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
    public int Intern(ReadOnlySpan<char> text) => Intern(text, Hash(text));

    /// <summary>The id of <paramref name="text"/>, whose <see cref="Hash"/> the caller computed (the lexer does while scanning).</summary>
    public int Intern(ReadOnlySpan<char> text, int hash)
    {
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var entry = buckets[index];
            if (entry.IdPlusOne == 0)
            {
                return Add(text, hash, index);
            }

            if (entry.Hash == hash && text.SequenceEqual(_names[entry.IdPlusOne - 1]))
            {
                return entry.IdPlusOne - 1;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>The hash a name is filed under: FNV-1a over the UTF-16 code units, then <see cref="Finish"/>.</summary>
    /// <remarks>
    /// Cheap and incremental, so the lexer computes it in the loop that finds the end of an identifier; not
    /// randomized, which is acceptable for a table that only ever holds the names of the engine's own cells.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> text)
    {
        var hash = HashSeed;
        foreach (var c in text)
        {
            hash = HashStep(hash, c);
        }

        return Finish(hash);
    }

    /// <summary>The initial value of an incremental <see cref="Hash"/>.</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>Folds one code unit into an incremental <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Ends an incremental <see cref="Hash"/>: mixes the high bits into the low ones the table indexes by.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Finish(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;

    /// <summary>The id of <paramref name="text"/> if it was interned, else -1.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var mask = _buckets.Length - 1;
        for (var index = hash & mask; _buckets[index].IdPlusOne != 0; index = (index + 1) & mask)
        {
            var entry = _buckets[index];
            if (entry.Hash == hash && text.SequenceEqual(_names[entry.IdPlusOne - 1]))
            {
                return entry.IdPlusOne - 1;
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
        _buckets[bucket] = new Entry(hash, id + 1);
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        _buckets = new Entry[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var index = _hashes[id] & mask;
            while (_buckets[index].IdPlusOne != 0)
            {
                index = (index + 1) & mask;
            }

            _buckets[index] = new Entry(_hashes[id], id + 1);
        }
    }

    /// <summary>One bucket: a name's hash and its id + 1.</summary>
    private readonly record struct Entry(int Hash, int IdPlusOne);
}
