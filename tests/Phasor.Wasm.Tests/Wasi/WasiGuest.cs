using System.Text;
using Phasor.Wasm.Runtime;
using Phasor.Wasm.Tests.Support;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>
/// Calls WASI functions directly, as a guest would, on behalf of an instance that has only a memory: arguments are
/// numbers and pointers into that memory, which the helpers fill and read. A fresh sandbox directory is preopened
/// as fd 3 (guest path <c>/sandbox</c>) unless the configuration says otherwise.
/// </summary>
internal sealed class WasiGuest : IDisposable
{
    /// <summary>The first address the bump allocator hands out.</summary>
    private const uint HeapStart = 1024;

    private readonly Linker _linker;
    private readonly Instance _instance;
    private uint _next = HeapStart;

    public WasiGuest(WasiConfiguration? configuration = null)
    {
        Sandbox = Directory.CreateTempSubdirectory("phasor-wasi-").FullName;
        Configuration = configuration ?? new WasiConfiguration { Preopens = [new WasiPreopen(Sandbox, "/sandbox")] };
        Context = new WasiContext(Configuration);
        Store = new Store(new WasmEngine());
        _linker = new Linker(Store);
        Context.AddTo(_linker);
        _instance = Store.Instantiate(WasiPrograms.Compile(Store.Engine, MemoryModule()));
        Memory = _instance.GetMemory("memory")!;
    }

    public string Sandbox { get; }

    public WasiConfiguration Configuration { get; }

    public WasiContext Context { get; }

    public Store Store { get; }

    public MemoryInstance Memory { get; }

    /// <summary>Gets the caller every call is made as: the memory-only instance.</summary>
    public Caller Caller => new(Store, _instance);

    /// <summary>Gets the slot-level implementation of WASI function <paramref name="name"/>.</summary>
    public SlotCallback Function(string name)
    {
        Assert.True(_linker.TryGet(WasiContext.ModuleName, name, out var item), $"{name} is not defined");
        return ((FunctionInstance)item).Host!;
    }

    /// <summary>Calls WASI function <paramref name="name"/>; i64 parameters take the whole value, i32 ones the low bits.</summary>
    public int Call(string name, params long[] args)
    {
        Assert.True(_linker.TryGet(WasiContext.ModuleName, name, out var item), $"{name} is not defined");
        var function = (FunctionInstance)item;
        Assert.Equal(function.Type.Parameters.Length, args.Length);
        var slots = new ulong[Math.Max(1, args.Length)];
        for (var i = 0; i < args.Length; i++)
        {
            slots[i] = function.Type.Parameters[i] == Model.ValueType.I64 ? (ulong)args[i] : (uint)args[i];
        }

        function.Host!(new Caller(Store, _instance), slots);
        return (int)(uint)slots[0];
    }

    /// <summary>Reserves <paramref name="size"/> zeroed bytes (8-aligned) and returns their address.</summary>
    public uint Alloc(int size)
    {
        var address = _next;
        _next += (uint)((size + 7) & ~7);
        Memory.GetSpan(address, size).Clear();
        return address;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 and returns its address and length.</summary>
    public (uint Address, int Length) Put(string text) => Put(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> and returns their address and length.</summary>
    public (uint Address, int Length) Put(byte[] bytes)
    {
        var address = Alloc(bytes.Length);
        Memory.Write(address, bytes);
        return (address, bytes.Length);
    }

    /// <summary>Writes an io vector array over the given buffers and returns its address.</summary>
    public uint IoVectors(params (uint Address, int Length)[] buffers)
    {
        var address = Alloc(buffers.Length * 8);
        for (var i = 0; i < buffers.Length; i++)
        {
            Memory.WriteInt32(address + (uint)(i * 8), (int)buffers[i].Address);
            Memory.WriteInt32(address + (uint)(i * 8) + 4, buffers[i].Length);
        }

        return address;
    }

    /// <summary>Opens <paramref name="path"/> relative to <paramref name="dirFd"/>; returns the errno and the new fd.</summary>
    /// <remarks>Without <paramref name="rights"/>, a directory is asked for read rights (as wasi-libc's opendir does), a file for all.</remarks>
    public (int Errno, int Fd) Open(string path, int dirFd = 3, int oflags = 0, long? rights = null, int lookup = 1, int fdflags = 0)
    {
        rights ??= (oflags & 2) != 0 ? (long)(Rights.All & ~(Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize)) : -1;
        var (p, n) = Put(path);
        var result = Alloc(4);
        var errno = Call("path_open", dirFd, lookup, p, n, oflags, rights.Value, rights.Value, fdflags, result);
        return (errno, Memory.ReadInt32(result));
    }

    /// <summary>Calls a path function of shape (fd, path, len): create_directory, unlink_file, remove_directory.</summary>
    public int PathCall(string name, string path, int dirFd = 3)
    {
        var (p, n) = Put(path);
        return Call(name, dirFd, p, n);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="fd"/> with fd_write; returns the errno.</summary>
    public int Write(int fd, string text)
    {
        var vectors = IoVectors(Put(text));
        return Call("fd_write", fd, vectors, 1, Alloc(4));
    }

    /// <summary>Reads up to <paramref name="max"/> bytes from <paramref name="fd"/> with fd_read.</summary>
    public (int Errno, string Text) Read(int fd, int max = 256)
    {
        var buffer = Alloc(max);
        var count = Alloc(4);
        var errno = Call("fd_read", fd, IoVectors((buffer, max)), 1, count);
        return (errno, Memory.ReadUtf8(buffer, Memory.ReadInt32(count)));
    }

    public void Dispose()
    {
        Context.Dispose();
        Directory.Delete(Sandbox, recursive: true);
    }

    /// <summary>(module (memory (export "memory") 1))</summary>
    private static byte[] MemoryModule() => new ModuleBuilder()
        .Section(5, ModuleBuilder.Vec([0x00, 0x01]))
        .Section(7, ModuleBuilder.Vec([.. ModuleBuilder.Name("memory"), 0x02, 0x00]))
        .Build();
}
