using System.Buffers.Binary;
using System.Text;
using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// The host functions of WASI preview1 over one <see cref="WasiContext"/>. Each reads its arguments from the call's
/// slots, works on the caller's memory 0 (a pointer outside it traps with <c>out of bounds memory access</c>, as a
/// guest load would) and returns an <see cref="Errno"/>. The signatures are the ABI's, from the witx.
/// </summary>
internal sealed partial class WasiFunctions
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly WasiContext _context;

    /// <summary>Creates the functions over <paramref name="context"/>.</summary>
    public WasiFunctions(WasiContext context) => _context = context;

    /// <summary>One WASI function: reads arguments from the slots, returns the errno.</summary>
    private delegate Errno Call(Caller caller, Span<ulong> args);

    /// <summary>Gets the name of every function <see cref="Define"/> defines.</summary>
    /// <remarks>The table binds its methods to an instance; none is called here, so that instance needs no context.</remarks>
    public static IReadOnlyList<string> Names { get; } = [.. new WasiFunctions(null!).Table().Select(f => f.Name), "proc_exit"];

    private DescriptorTable Fds => _context.Descriptors;

    /// <summary>Defines every function in <paramref name="linker"/>.</summary>
    public void Define(Linker linker)
    {
        foreach (var (name, parameters, call) in Table())
        {
            var type = new FuncType(Types(parameters), [ValueType.I32]);
            linker.DefineSlotFunction(WasiContext.ModuleName, name, type, (caller, slots) => slots[0] = (ulong)Guarded(call, caller, slots));
        }

        // proc_exit is the one function without a result: it does not return.
        linker.DefineSlotFunction(WasiContext.ModuleName, "proc_exit", new FuncType([ValueType.I32], []),
            (_, slots) => throw new WasiExitException((int)(uint)slots[0]));
    }

    /// <summary>
    /// The functions with their parameter types ('i' i32, 'I' i64), in the witx's order; every one returns an errno.
    /// </summary>
    private (string Name, string Parameters, Call Call)[] Table() =>
    [
        ("args_get", "ii", ArgsGet),
        ("args_sizes_get", "ii", ArgsSizesGet),
        ("environ_get", "ii", EnvironGet),
        ("environ_sizes_get", "ii", EnvironSizesGet),
        ("clock_res_get", "ii", ClockResGet),
        ("clock_time_get", "iIi", ClockTimeGet),
        ("fd_advise", "iIIi", FdAdvise),
        ("fd_allocate", "iII", FdAllocate),
        ("fd_close", "i", FdClose),
        ("fd_datasync", "i", FdSync),
        ("fd_fdstat_get", "ii", FdFdstatGet),
        ("fd_fdstat_set_flags", "ii", FdFdstatSetFlags),
        ("fd_fdstat_set_rights", "iII", FdFdstatSetRights),
        ("fd_filestat_get", "ii", FdFilestatGet),
        ("fd_filestat_set_size", "iI", FdFilestatSetSize),
        ("fd_filestat_set_times", "iIIi", FdFilestatSetTimes),
        ("fd_pread", "iiiIi", FdPread),
        ("fd_prestat_get", "ii", FdPrestatGet),
        ("fd_prestat_dir_name", "iii", FdPrestatDirName),
        ("fd_pwrite", "iiiIi", FdPwrite),
        ("fd_read", "iiii", FdRead),
        ("fd_readdir", "iiiIi", FdReaddir),
        ("fd_renumber", "ii", FdRenumber),
        ("fd_seek", "iIii", FdSeek),
        ("fd_sync", "i", FdSync),
        ("fd_tell", "ii", FdTell),
        ("fd_write", "iiii", FdWrite),
        ("path_create_directory", "iii", PathCreateDirectory),
        ("path_filestat_get", "iiiii", PathFilestatGet),
        ("path_filestat_set_times", "iiiiIIi", PathFilestatSetTimes),
        ("path_link", "iiiiiii", NotSupported),
        ("path_open", "iiiiiIIii", PathOpen),
        ("path_readlink", "iiiiii", PathReadlink),
        ("path_remove_directory", "iii", PathRemoveDirectory),
        ("path_rename", "iiiiii", PathRename),
        ("path_symlink", "iiiii", NotSupported),
        ("path_unlink_file", "iii", PathUnlinkFile),
        ("poll_oneoff", "iiii", PollOneoff),
        ("proc_raise", "i", NoSys),
        ("sched_yield", "", SchedYield),
        ("random_get", "ii", RandomGet),
        ("sock_accept", "iii", NotSupported),
        ("sock_recv", "iiiiii", NotSupported),
        ("sock_send", "iiiii", NotSupported),
        ("sock_shutdown", "ii", NotSupported),
    ];

    /// <summary>
    /// Runs a call, turning any host file system failure the function did not map itself (a directory vanishing
    /// mid-call, a permission error on a listing) into its errno, so that no host exception reaches the guest's caller.
    /// </summary>
    private static Errno Guarded(Call call, Caller caller, Span<ulong> slots)
    {
        try
        {
            return call(caller, slots);
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    private static ValueType[] Types(string parameters) => [.. parameters.Select(c => c == 'I' ? ValueType.I64 : ValueType.I32)];

    /// <summary>Gets the caller's memory; a module without one has no valid pointer, so using it traps.</summary>
    private static MemoryInstance Memory(Caller caller) => caller.Memory ?? throw new TrapException(TrapKind.OutOfBoundsMemoryAccess);

    private static uint U32(Span<ulong> args, int index) => (uint)args[index];

    private static Errno NotSupported(Caller caller, Span<ulong> args) => Errno.Notsup;

    private static Errno NoSys(Caller caller, Span<ulong> args) => Errno.Nosys;

    /// <summary>Gets the span of an array of <paramref name="count"/> records of <paramref name="size"/> bytes (a trap when out of bounds).</summary>
    private static Span<byte> Records(MemoryInstance memory, uint address, uint count, int size)
    {
        return Span(memory, address, (ulong)count * (ulong)size);
    }

    /// <summary>Gets the buffer of io vector <paramref name="index"/> (<c>iovec</c>: a pointer and a length).</summary>
    private static Span<byte> Buffer(MemoryInstance memory, Span<byte> vectors, int index)
    {
        var buffer = BinaryPrimitives.ReadUInt32LittleEndian(vectors[(index * 8)..]);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(vectors[((index * 8) + 4)..]);
        return Span(memory, buffer, length);
    }

    /// <summary>Gets <paramref name="length"/> bytes of guest memory at <paramref name="address"/>, trapping when out of bounds.</summary>
    private static Span<byte> Span(MemoryInstance memory, uint address, ulong length) =>
        length <= int.MaxValue ? memory.GetSpan(address, (int)length) : throw new TrapException(TrapKind.OutOfBoundsMemoryAccess);

    /// <summary>Reads a guest string (a pointer and a length) as strict UTF-8; EILSEQ when it is not.</summary>
    private static Errno ReadString(MemoryInstance memory, uint address, uint length, out string text)
    {
        text = "";
        if (length > PathResolver.MaxPathLength * 3)
        {
            return Errno.Nametoolong;
        }

        try
        {
            text = s_strictUtf8.GetString(Span(memory, address, length));
            return Errno.Success;
        }
        catch (DecoderFallbackException)
        {
            return Errno.Ilseq;
        }
    }

    /// <summary>Writes a guest <c>size</c> result, or EOVERFLOW when it does not fit in 32 bits.</summary>
    private static Errno WriteSize(MemoryInstance memory, uint address, ulong value)
    {
        if (value > uint.MaxValue)
        {
            return Errno.Overflow;
        }

        memory.WriteInt32(address, (int)(uint)value);
        return Errno.Success;
    }
}
