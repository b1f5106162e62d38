using System.Text;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// The functions on paths (<c>path_*</c>), each relative to a directory descriptor and resolved by
/// <see cref="PathResolver"/>. Operations that act on a name (unlink, rename, readlink) never follow a final link.
/// </summary>
internal sealed partial class WasiFunctions
{
    /// <summary>Bit 0 of <c>lookupflags</c>: follow a final symbolic link.</summary>
    private const uint SymlinkFollow = 1;

    private Errno PathOpen(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 2, (U32(args, 1) & SymlinkFollow) != 0, out var directory, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        var oflags = (OpenFlags)(ushort)args[4];
        var rightsBase = (Rights)args[5] & directory!.RightsInheriting;
        var inheriting = (Rights)args[6] & directory.RightsInheriting;
        errno = Open(directory, path!, oflags, rightsBase, inheriting, (FdFlags)(ushort)args[7], out var opened);
        if (errno != Errno.Success)
        {
            return errno;
        }

        if (!Fds.TryAdd(opened!, out var fd))
        {
            opened!.Close();
            return Errno.Mfile;
        }

        Memory(caller).WriteInt32(U32(args, 8), (int)fd);
        return Errno.Success;
    }

    private Errno PathCreateDirectory(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 1, follow: false, out _, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        return path!.Kind is not null ? Errno.Exist : HostErrors.Try(() => Directory.CreateDirectory(path.HostPath));
    }

    private Errno PathFilestatGet(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 2, (U32(args, 1) & SymlinkFollow) != 0, out _, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        errno = CheckExists(path!);
        if (errno != Errno.Success)
        {
            return errno;
        }

        HostFiles.Lstat(path!.HostPath, out var info);
        FileStat.Of(info, path.Kind!.Value).WriteTo(Span(Memory(caller), U32(args, 4), FileStat.ByteSize));
        return Errno.Success;
    }

    private Errno PathFilestatSetTimes(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 2, (U32(args, 1) & SymlinkFollow) != 0, out _, out var path);
        if (errno == Errno.Success)
        {
            errno = CheckExists(path!);
        }

        return errno == Errno.Success ? SetTimes(path!.HostPath, args[4], args[5], U32(args, 6)) : errno;
    }

    private Errno PathReadlink(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 1, follow: false, out _, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        if (path!.Kind != FileType.SymbolicLink)
        {
            return path.Kind is null ? Errno.Noent : Errno.Inval;
        }

        HostFiles.Lstat(path.HostPath, out var info);
        var target = Encoding.UTF8.GetBytes(info.LinkTarget ?? "");
        var memory = Memory(caller);
        var length = (int)Math.Min((uint)target.Length, U32(args, 4));
        memory.Write(U32(args, 3), target.AsSpan(0, length));
        memory.WriteInt32(U32(args, 5), length);
        return Errno.Success;
    }

    private Errno PathRemoveDirectory(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 1, follow: false, out _, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        return path!.Kind switch
        {
            null => Errno.Noent,
            not FileType.Directory => Errno.Notdir,
            _ when path.IsRoot => Errno.Busy,
            _ when Directory.EnumerateFileSystemEntries(path.HostPath).Any() => Errno.Notempty,
            _ => HostErrors.Try(() => Directory.Delete(path.HostPath)),
        };
    }

    private Errno PathUnlinkFile(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 1, follow: false, out _, out var path);
        if (errno != Errno.Success)
        {
            return errno;
        }

        return path!.Kind switch
        {
            null => Errno.Noent,
            FileType.Directory => Errno.Isdir,
            _ when path.MustBeDirectory => Errno.Notdir,
            _ => HostErrors.Try(() => File.Delete(path.HostPath)),
        };
    }

    private Errno PathRename(Caller caller, Span<ulong> args)
    {
        var errno = Resolve(caller, args, 0, 1, follow: false, out _, out var from);
        if (errno != Errno.Success)
        {
            return errno;
        }

        errno = Resolve(caller, args, 3, 4, follow: false, out _, out var to);
        return errno != Errno.Success ? errno : Rename(from!, to!);
    }

    /// <summary>POSIX rename: replaces a file, or an empty directory with a directory; never moves a directory into itself.</summary>
    private static Errno Rename(ResolvedPath from, ResolvedPath to)
    {
        if (from.Kind is null)
        {
            return Errno.Noent;
        }

        if (from.IsRoot || to.IsRoot)
        {
            return Errno.Busy;
        }

        if (from.Kind == FileType.Directory)
        {
            return to.Kind switch
            {
                _ when from.Contains(to) => from.Components.Length == to.Components.Length ? Errno.Success : Errno.Inval,
                FileType.Directory when Directory.EnumerateFileSystemEntries(to.HostPath).Any() => Errno.Notempty,
                FileType.Directory => HostErrors.Try(() =>
                {
                    Directory.Delete(to.HostPath);
                    Directory.Move(from.HostPath, to.HostPath);
                }),
                null => HostErrors.Try(() => Directory.Move(from.HostPath, to.HostPath)),
                _ => Errno.Notdir,
            };
        }

        if (from.MustBeDirectory || to.MustBeDirectory)
        {
            return Errno.Notdir;
        }

        return to.Kind == FileType.Directory ? Errno.Isdir : HostErrors.Try(() => File.Move(from.HostPath, to.HostPath, overwrite: true));
    }

    /// <summary>Opens a resolved path as a file or directory descriptor, with POSIX's answers for each combination.</summary>
    private static Errno Open(DirectoryDescriptor directory, ResolvedPath path, OpenFlags oflags, Rights rightsBase, Rights inheriting,
        FdFlags fdflags, out Descriptor? opened)
    {
        opened = null;
        var create = (oflags & OpenFlags.Create) != 0;
        var exclusive = create && (oflags & OpenFlags.Exclusive) != 0;
        var write = (rightsBase & (Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize)) != 0 || (fdflags & FdFlags.Append) != 0;
        switch (path.Kind)
        {
            case FileType.SymbolicLink:
                return Errno.Loop;
            case FileType.Directory:
                if (exclusive)
                {
                    return Errno.Exist;
                }

                if (write || (oflags & OpenFlags.Truncate) != 0)
                {
                    return Errno.Isdir;
                }

                opened = new DirectoryDescriptor(directory.Root, path.Components, null, rightsBase & DirectoryDescriptor.DirectoryRights, inheriting);
                return Errno.Success;
            case null when !create:
                return Errno.Noent;
            case null when (oflags & OpenFlags.Directory) != 0 || path.MustBeDirectory:
                return Errno.Isdir;
            case not null when exclusive:
                return Errno.Exist;
            case not null when (oflags & OpenFlags.Directory) != 0 || path.MustBeDirectory:
                return Errno.Notdir;
        }

        return OpenFile(path, oflags, rightsBase & FileDescriptor.FileRights, inheriting, fdflags, write, out opened);
    }

    private static Errno OpenFile(ResolvedPath path, OpenFlags oflags, Rights rightsBase, Rights inheriting, FdFlags fdflags, bool write,
        out Descriptor? opened)
    {
        opened = null;
        var truncate = (oflags & OpenFlags.Truncate) != 0;
        var mode = (oflags & OpenFlags.Create) != 0 ? (truncate ? FileMode.Create : FileMode.OpenOrCreate) : (truncate ? FileMode.Truncate : FileMode.Open);
        var read = (rightsBase & Rights.FdRead) != 0 || !write;
        var access = (read ? FileAccess.Read : 0) | (write || truncate ? FileAccess.Write : 0);
        if ((access & FileAccess.Write) == 0)
        {
            rightsBase &= ~(Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize);
        }

        if (!read)
        {
            rightsBase &= ~Rights.FdRead;
        }

        try
        {
            var handle = File.OpenHandle(path.HostPath, mode, access, FileShare.ReadWrite | FileShare.Delete);
            opened = new FileDescriptor(handle, path.HostPath, rightsBase, inheriting, fdflags);
            return Errno.Success;
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    private static Errno CheckExists(ResolvedPath path) =>
        path.Kind is null ? Errno.Noent : path.MustBeDirectory && path.Kind != FileType.Directory ? Errno.Notdir : Errno.Success;

    /// <summary>Reads the descriptor argument <paramref name="fdArg"/> and the path (pointer, length) at <paramref name="pathArg"/>, and resolves it.</summary>
    private Errno Resolve(Caller caller, Span<ulong> args, int fdArg, int pathArg, bool follow, out DirectoryDescriptor? directory,
        out ResolvedPath? path)
    {
        path = null;
        directory = Fds.Get(U32(args, fdArg)) as DirectoryDescriptor;
        if (directory is null)
        {
            return Fds.Get(U32(args, fdArg)) is null ? Errno.Badf : Errno.Notdir;
        }

        var errno = ReadString(Memory(caller), U32(args, pathArg), U32(args, pathArg + 1), out var text);
        return errno != Errno.Success ? errno : PathResolver.Resolve(directory, text, follow, out path);
    }
}
