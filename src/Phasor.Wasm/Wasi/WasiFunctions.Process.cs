using System.Security.Cryptography;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Wasi;

/// <summary>The process-level functions: arguments, environment, clocks, randomness and scheduling.</summary>
internal sealed partial class WasiFunctions
{
    private Errno ArgsGet(Caller caller, Span<ulong> args) => WriteStrings(Memory(caller), _context.Arguments, U32(args, 0), U32(args, 1));

    private Errno ArgsSizesGet(Caller caller, Span<ulong> args) => WriteSizes(Memory(caller), _context.Arguments, U32(args, 0), U32(args, 1));

    private Errno EnvironGet(Caller caller, Span<ulong> args) =>
        WriteStrings(Memory(caller), _context.EnvironmentStrings, U32(args, 0), U32(args, 1));

    private Errno EnvironSizesGet(Caller caller, Span<ulong> args) =>
        WriteSizes(Memory(caller), _context.EnvironmentStrings, U32(args, 0), U32(args, 1));

    private static Errno ClockResGet(Caller caller, Span<ulong> args)
    {
        var errno = WasiClocks.Resolution(U32(args, 0), out var resolution);
        if (errno == Errno.Success)
        {
            Memory(caller).WriteInt64(U32(args, 1), (long)resolution);
        }

        return errno;
    }

    private static Errno ClockTimeGet(Caller caller, Span<ulong> args)
    {
        var errno = WasiClocks.Now(U32(args, 0), out var now);
        if (errno == Errno.Success)
        {
            Memory(caller).WriteInt64(U32(args, 2), (long)now);
        }

        return errno;
    }

    private static Errno RandomGet(Caller caller, Span<ulong> args)
    {
        RandomNumberGenerator.Fill(Span(Memory(caller), U32(args, 0), U32(args, 1)));
        return Errno.Success;
    }

    private static Errno SchedYield(Caller caller, Span<ulong> args)
    {
        Thread.Yield();
        return Errno.Success;
    }

    /// <summary>Writes the pointer table (<paramref name="pointers"/>) and the strings back to back (<paramref name="buffer"/>).</summary>
    private static Errno WriteStrings(MemoryInstance memory, byte[][] strings, uint pointers, uint buffer)
    {
        var offset = buffer;
        for (var i = 0; i < strings.Length; i++)
        {
            memory.WriteInt32(pointers + (uint)(i * 4), (int)offset);
            memory.Write(offset, strings[i]);
            offset += (uint)strings[i].Length;
        }

        return Errno.Success;
    }

    /// <summary>Writes the number of strings and the bytes they take, NULs included.</summary>
    private static Errno WriteSizes(MemoryInstance memory, byte[][] strings, uint count, uint size)
    {
        memory.WriteInt32(count, strings.Length);
        return WriteSize(memory, size, (ulong)strings.Sum(s => (long)s.Length));
    }
}
