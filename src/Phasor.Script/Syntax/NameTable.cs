using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>The id of <paramref name="text"/>, whose <see cref="Hash(ReadOnlySpan{char})"/> the caller computed (the lexer does while scanning).</summary>
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

    /// <summary>The hash a name is filed under: a multiply-rotate hash over the UTF-16 code units, four per step.</summary>
    /// <remarks>
    /// Every code unit goes into the hash (a hash of a few sampled characters would let a script whose names share
    /// them make interning quadratic), but four at a time from one 64-bit read, so a name costs a multiply per four
    /// characters instead of one per character. The top bits of a final multiply are kept: they depend on every bit
    /// of the state. Not randomized, which is acceptable for a table that only ever holds the names of the engine's
    /// own cells.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> text) => Hash(ref MemoryMarshal.GetReference(text), text.Length);

    /// <summary><see cref="Hash(ReadOnlySpan{char})"/> of the <paramref name="length"/> code units from <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ref char first, int length)
    {
        var hash = (ulong)length * HashMultiplier;
        ref var bytes = ref Unsafe.As<char, byte>(ref first);
        var i = 0;
        for (; i + 4 <= length; i += 4)
        {
            hash = Mix(hash, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i * 2)));
        }

        if (i < length)
        {
            // The last one to three code units: when the name has four or more, the four that end it (overlapping the
            // ones already mixed); a shorter name's units one by one. Neither reads outside the name.
            ulong tail;
            if (length >= 4)
            {
                tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (length - 4) * 2));
            }
            else
            {
                tail = Unsafe.Add(ref first, 0);
                if (length > 1)
                {
                    tail |= (ulong)Unsafe.Add(ref first, 1) << 16;
                }

                if (length > 2)
                {
                    tail |= (ulong)Unsafe.Add(ref first, 2) << 32;
                }
            }

            hash = Mix(hash, tail);
        }

        return (int)((hash * HashMultiplier) >> 33);
    }

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong units) => BitOperations.RotateLeft((hash ^ units) * HashMultiplier, 29);

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
