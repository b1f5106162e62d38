using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// For each id, its text as sixteen code units padded with zeros, when it is at most sixteen units long and holds
    /// no '\0'; otherwise all bits set, which no identifier equals. An identifier's key equals a name's exactly when
    /// the texts are equal, so <see cref="InternKey"/> compares one vector instead of a
    /// string, and never touch the string object (a cache miss of its own for a name not seen lately).
    /// </summary>
    private Vector256<ushort>[] _keys = new Vector256<ushort>[256];

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

    /// <summary>The id of an identifier of at most sixteen ASCII units, given as its zero-padded <paramref name="key"/> and its <see cref="Hash(ReadOnlySpan{char})"/>, adding it if it is new.</summary>
    /// <remarks>The lexer's path for most names: a bucket and one key compared, with no string touched.</remarks>
    public int InternKey(Vector256<ushort> key, int hash, ref char first, int length)
    {
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var entry = buckets[index];
            if (entry.IdPlusOne == 0)
            {
                return Add(MemoryMarshal.CreateReadOnlySpan(ref first, length), hash, index);
            }

            if (entry.Hash == hash && _keys[entry.IdPlusOne - 1] == key)
            {
                return entry.IdPlusOne - 1;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>The hash a name is filed under: a multiply-rotate hash over the UTF-16 code units, eight per step.</summary>
    /// <remarks>
    /// Every code unit goes into the hash (a hash of a few sampled characters would let a script whose names share
    /// them make interning quadratic), but eight at a time as two 64-bit words, the last block padded with zeros, so
    /// a name costs two independent multiplies per eight characters instead of one per character, and the lexer can
    /// hash the block it has in a vector register while finding the end of an identifier. Not randomized, which is
    /// acceptable for a table that only ever holds the names of the engine's own cells.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> text) => Hash(ref MemoryMarshal.GetReference(text), text.Length);

    /// <summary><see cref="Hash(ReadOnlySpan{char})"/> of the <paramref name="length"/> code units from <paramref name="first"/>.</summary>
    public static int Hash(ref char first, int length)
    {
        var hash = HashSeed;
        ref var bytes = ref Unsafe.As<char, byte>(ref first);
        var i = 0;
        for (; i + 8 <= length; i += 8)
        {
            hash = HashBlock(hash, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i * 2)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (i * 2) + 8)));
        }

        if (i < length)
        {
            // The last one to seven units, packed as a full block would be and padded with zeros; read one by one
            // so as never to read past the name.
            ulong low = 0;
            ulong high = 0;
            for (var k = 0; i + k < length; k++)
            {
                ulong unit = Unsafe.Add(ref first, i + k);
                if (k < 4)
                {
                    low |= unit << (16 * k);
                }
                else
                {
                    high |= unit << (16 * (k - 4));
                }
            }

            hash = HashBlock(hash, low, high);
        }

        return FinishHash(hash, length);
    }

    /// <summary>The initial state of an incremental <see cref="Hash(ReadOnlySpan{char})"/>.</summary>
    public const ulong HashSeed = 0x243F6A8885A308D3;

    /// <summary>Folds one block of eight code units (the first four in <paramref name="low"/>, little-endian) into the hash state.</summary>
    /// <remarks>The two multiplies are independent, so a block costs about one multiply's latency.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashBlock(ulong hash, ulong low, ulong high) =>
        BitOperations.RotateLeft(((hash ^ low) * Multiplier1) ^ (high * Multiplier2), 29);

    /// <summary>Ends an incremental hash: mixes in the length (which tells a name from one padded with zeros) and keeps the top bits of a multiply, which depend on every bit of the state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FinishHash(ulong hash, int length) => (int)(((hash ^ (uint)length) * Multiplier1) >> 33);

    private const ulong Multiplier1 = 0x9E3779B97F4A7C15;
    private const ulong Multiplier2 = 0xC2B2AE3D27D4EB4F;

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
            Array.Resize(ref _keys, id * 2);
        }

        _keys[id] = Key(text);
        _names[id] = text.ToString();
        _hashes[id] = hash;
        _buckets[bucket] = new Entry(hash, id + 1);
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return id;
    }

    /// <summary>The key <see cref="_keys"/> keeps for <paramref name="text"/>.</summary>
    /// <remarks>Built from 64-bit words, as the lexer's hash reads them: a generic vector constructor over a span would be JIT-compiled at start-up.</remarks>
    private static Vector256<ushort> Key(ReadOnlySpan<char> text)
    {
        if (text.Length > 16 || text.Contains('\0'))
        {
            return Vector256<ushort>.AllBitsSet;
        }

        Span<ulong> words = stackalloc ulong[4];
        words.Clear();
        for (var k = 0; k < text.Length; k++)
        {
            words[k >> 2] |= (ulong)text[k] << (16 * (k & 3));
        }

        return Vector256.Create(words[0], words[1], words[2], words[3]).AsUInt16();
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
