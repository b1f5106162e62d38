using System.Buffers.Binary;
using System.Text;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Wasi;

/// <summary>The functions on file descriptors (<c>fd_*</c>).</summary>
internal sealed partial class WasiFunctions
{
    private Errno FdWrite(Caller caller, Span<ulong> args) => Write(caller, args, positional: false);

    private Errno FdPwrite(Caller caller, Span<ulong> args) => Write(caller, args, positional: true);

    private Errno FdRead(Caller caller, Span<ulong> args) => Read(caller, args, positional: false);

    private Errno FdPread(Caller caller, Span<ulong> args) => Read(caller, args, positional: true);

    private Errno FdClose(Caller caller, Span<ulong> args)
    {
        if (Fds.Remove(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        fd.Close();
        return Errno.Success;
    }

    private Errno FdSync(Caller caller, Span<ulong> args) => Fds.Get(U32(args, 0)) is { } fd ? fd.Sync() : Errno.Badf;

    private Errno FdAdvise(Caller caller, Span<ulong> args)
    {
        // Advice is only a hint; check the arguments as POSIX does and otherwise ignore it.
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        return U32(args, 3) > 5 ? Errno.Inval : fd is FileDescriptor ? Errno.Success : Errno.Badf;
    }

    private Errno FdAllocate(Caller caller, Span<ulong> args) =>
        Fds.Get(U32(args, 0)) is { } fd ? fd.Allocate(args[1], args[2]) : Errno.Badf;

    private Errno FdFdstatGet(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var record = Span(Memory(caller), U32(args, 1), 24);
        record.Clear();
        record[0] = (byte)fd.Type;
        BinaryPrimitives.WriteUInt16LittleEndian(record[2..], (ushort)fd.Flags);
        BinaryPrimitives.WriteUInt64LittleEndian(record[8..], (ulong)fd.RightsBase);
        BinaryPrimitives.WriteUInt64LittleEndian(record[16..], (ulong)fd.RightsInheriting);
        return Errno.Success;
    }

    private Errno FdFdstatSetFlags(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var flags = (FdFlags)(ushort)args[1];
        if ((ushort)flags > 31)
        {
            return Errno.Inval;
        }

        fd.Flags = flags;
        return Errno.Success;
    }

    private Errno FdFdstatSetRights(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        // Rights can only be dropped, never gained.
        var (rightsBase, inheriting) = ((Rights)args[1], (Rights)args[2]);
        if ((rightsBase & ~fd.RightsBase) != 0 || (inheriting & ~fd.RightsInheriting) != 0)
        {
            return Errno.Notcapable;
        }

        fd.RightsBase = rightsBase;
        fd.RightsInheriting = inheriting;
        return Errno.Success;
    }

    private Errno FdFilestatGet(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var errno = fd.Stat(out var stat);
        if (errno == Errno.Success)
        {
            stat.WriteTo(Span(Memory(caller), U32(args, 1), FileStat.ByteSize));
        }

        return errno;
    }

    private Errno FdFilestatSetSize(Caller caller, Span<ulong> args) =>
        Fds.Get(U32(args, 0)) is { } fd ? fd.SetSize(args[1]) : Errno.Badf;

    private Errno FdFilestatSetTimes(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        return fd.HostPath is { } path ? SetTimes(path, args[1], args[2], U32(args, 3)) : Errno.Badf;
    }

    private Errno FdPrestatGet(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not DirectoryDescriptor { PreopenName: { } name })
        {
            return Errno.Badf;
        }

        var record = Span(Memory(caller), U32(args, 1), 8);
        record.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)Encoding.UTF8.GetByteCount(name));
        return Errno.Success;
    }

    private Errno FdPrestatDirName(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not DirectoryDescriptor { PreopenName: { } name })
        {
            return Errno.Badf;
        }

        var bytes = Encoding.UTF8.GetBytes(name);
        if (U32(args, 2) < bytes.Length)
        {
            return Errno.Nametoolong;
        }

        Memory(caller).Write(U32(args, 1), bytes);
        return Errno.Success;
    }

    private Errno FdReaddir(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        if (fd is not DirectoryDescriptor directory)
        {
            return Errno.Notdir;
        }

        var memory = Memory(caller);
        var errno = directory.ReadDirectory(Span(memory, U32(args, 1), U32(args, 2)), args[3], out var used);
        if (errno == Errno.Success)
        {
            memory.WriteInt32(U32(args, 4), used);
        }

        return errno;
    }

    private Errno FdRenumber(Caller caller, Span<ulong> args)
    {
        var (from, to) = (U32(args, 0), U32(args, 1));
        if (Fds.Get(from) is not { } fd || Fds.Get(to) is not { } target)
        {
            return Errno.Badf;
        }

        if (from != to)
        {
            target.Close();
            Fds.Set(to, fd);
            Fds.Remove(from);
        }

        return Errno.Success;
    }

    private Errno FdSeek(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var errno = fd.Seek((long)args[1], (int)U32(args, 2), out var position);
        if (errno == Errno.Success)
        {
            Memory(caller).WriteInt64(U32(args, 3), (long)position);
        }

        return errno;
    }

    private Errno FdTell(Caller caller, Span<ulong> args)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var errno = fd.Seek(0, 1, out var position);
        if (errno == Errno.Success)
        {
            Memory(caller).WriteInt64(U32(args, 1), (long)position);
        }

        return errno;
    }

    /// <summary>
    /// <c>fd_write</c> and <c>fd_pwrite</c>: writes each io vector in turn. Allocates nothing, so a guest printing
    /// in a loop costs no garbage.
    /// </summary>
    private Errno Write(Caller caller, Span<ulong> args, bool positional)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var memory = Memory(caller);
        var count = U32(args, 2);
        var vectors = Records(memory, U32(args, 1), count, 8);
        var offset = positional ? args[3] : 0;
        var total = 0UL;
        for (var i = 0; i < (int)count; i++)
        {
            var buffer = Buffer(memory, vectors, i);
            var errno = positional ? fd.WriteAt(buffer, offset + total) : fd.Write(buffer);
            if (errno != Errno.Success)
            {
                return errno;
            }

            total += (ulong)buffer.Length;
        }

        return WriteSize(memory, U32(args, positional ? 4 : 3), total);
    }

    /// <summary><c>fd_read</c> and <c>fd_pread</c>: fills io vectors in turn and stops at the first short read.</summary>
    private Errno Read(Caller caller, Span<ulong> args, bool positional)
    {
        if (Fds.Get(U32(args, 0)) is not { } fd)
        {
            return Errno.Badf;
        }

        var memory = Memory(caller);
        var count = U32(args, 2);
        var vectors = Records(memory, U32(args, 1), count, 8);
        var offset = positional ? args[3] : 0;
        var total = 0UL;
        for (var i = 0; i < (int)count; i++)
        {
            var buffer = Buffer(memory, vectors, i);
            var errno = positional ? fd.ReadAt(buffer, offset + total, out var read) : fd.Read(buffer, out read);
            if (errno != Errno.Success)
            {
                return errno;
            }

            total += (ulong)read;
            if (read < buffer.Length)
            {
                break;
            }
        }

        return WriteSize(memory, U32(args, positional ? 4 : 3), total);
    }

    /// <summary>Sets access and modification times (<c>fstflags</c>: 1 atim, 2 atim now, 4 mtim, 8 mtim now).</summary>
    private static Errno SetTimes(string path, ulong accessTime, ulong modifyTime, uint flags)
    {
        if (flags > 15 || (flags & 3) == 3 || (flags & 12) == 12)
        {
            return Errno.Inval;
        }

        var now = DateTime.UtcNow;
        return HostErrors.Try(() =>
        {
            if ((flags & 3) != 0)
            {
                File.SetLastAccessTimeUtc(path, (flags & 2) != 0 ? now : FromNanoseconds(accessTime));
            }

            if ((flags & 12) != 0)
            {
                File.SetLastWriteTimeUtc(path, (flags & 8) != 0 ? now : FromNanoseconds(modifyTime));
            }
        });
    }

    private static DateTime FromNanoseconds(ulong nanoseconds) => DateTime.UnixEpoch.AddTicks((long)Math.Min(nanoseconds / 100, (ulong)(DateTime.MaxValue - DateTime.UnixEpoch).Ticks));
}
