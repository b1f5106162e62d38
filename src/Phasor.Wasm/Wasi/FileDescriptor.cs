using Microsoft.Win32.SafeHandles;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// An open regular file: a host handle used positionally (<see cref="RandomAccess"/>), so the descriptor keeps its
/// own position and <c>fd_pread</c>/<c>fd_pwrite</c> leave it alone as POSIX says. Appending writes go to the
/// current end of the file.
/// </summary>
internal sealed class FileDescriptor : Descriptor
{
    private readonly SafeFileHandle _handle;
    private readonly string _hostPath;
    private ulong _position;

    /// <summary>Wraps a handle opened for <paramref name="hostPath"/>.</summary>
    public FileDescriptor(SafeFileHandle handle, string hostPath, Rights rightsBase, Rights rightsInheriting, FdFlags flags)
        : base(rightsBase, rightsInheriting)
    {
        _handle = handle;
        _hostPath = hostPath;
        Flags = flags;
    }

    /// <summary>The rights a regular file can use.</summary>
    public static Rights FileRights => Rights.FdDatasync | Rights.FdRead | Rights.FdSeek | Rights.FdFdstatSetFlags | Rights.FdSync |
        Rights.FdTell | Rights.FdWrite | Rights.FdAdvise | Rights.FdAllocate | Rights.FdFilestatGet | Rights.FdFilestatSetSize |
        Rights.FdFilestatSetTimes | Rights.PollFdReadwrite;

    /// <inheritdoc/>
    public override FileType Type => FileType.RegularFile;

    /// <inheritdoc/>
    public override string? HostPath => _hostPath;

    private bool CanRead => (RightsBase & Rights.FdRead) != 0;

    private bool CanWrite => (RightsBase & Rights.FdWrite) != 0;

    /// <inheritdoc/>
    public override Errno Read(Span<byte> buffer, out int read)
    {
        var errno = ReadAt(buffer, _position, out read);
        _position += (ulong)read;
        return errno;
    }

    /// <inheritdoc/>
    public override Errno Write(ReadOnlySpan<byte> data)
    {
        if (!CanWrite)
        {
            return Errno.Badf;
        }

        if ((Flags & FdFlags.Append) != 0)
        {
            try
            {
                _position = (ulong)RandomAccess.GetLength(_handle);
            }
            catch (Exception e) when (HostErrors.IsHostError(e))
            {
                return HostErrors.From(e);
            }
        }

        var errno = WriteAt(data, _position);
        if (errno == Errno.Success)
        {
            _position += (ulong)data.Length;
        }

        return errno;
    }

    /// <inheritdoc/>
    public override Errno ReadAt(Span<byte> buffer, ulong offset, out int read)
    {
        read = 0;
        if (!CanRead)
        {
            return Errno.Badf;
        }

        if (offset > long.MaxValue)
        {
            return Errno.Inval;
        }

        try
        {
            read = RandomAccess.Read(_handle, buffer, (long)offset);
            return Errno.Success;
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    /// <inheritdoc/>
    public override Errno WriteAt(ReadOnlySpan<byte> data, ulong offset)
    {
        if (!CanWrite)
        {
            return Errno.Badf;
        }

        if (offset > long.MaxValue - (ulong)data.Length)
        {
            return Errno.Fbig;
        }

        try
        {
            RandomAccess.Write(_handle, data, (long)offset);
            return Errno.Success;
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    /// <inheritdoc/>
    public override Errno Seek(long delta, int whence, out ulong position)
    {
        position = _position;
        long origin;
        switch (whence)
        {
            case 0: origin = 0; break;
            case 1: origin = (long)_position; break;
            case 2:
                try
                {
                    origin = RandomAccess.GetLength(_handle);
                }
                catch (Exception e) when (HostErrors.IsHostError(e))
                {
                    return HostErrors.From(e);
                }

                break;
            default: return Errno.Inval;
        }

        var target = origin + delta;
        if ((delta > 0 && target < origin) || target < 0)
        {
            return Errno.Inval;
        }

        _position = position = (ulong)target;
        return Errno.Success;
    }

    /// <inheritdoc/>
    public override Errno Stat(out FileStat stat)
    {
        stat = default;
        try
        {
            var info = new FileInfo(_hostPath);
            var size = (ulong)RandomAccess.GetLength(_handle);
            stat = info.Exists
                ? FileStat.Of(info, FileType.RegularFile) with { Size = size }
                : new FileStat(FileType.RegularFile, FileStat.InodeOf(_hostPath), size, 0, 0, 0);
            return Errno.Success;
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    /// <inheritdoc/>
    public override Errno SetSize(ulong size)
    {
        if (!CanWrite)
        {
            return Errno.Badf;
        }

        return size > long.MaxValue ? Errno.Fbig : HostErrors.Try(() => RandomAccess.SetLength(_handle, (long)size));
    }

    /// <inheritdoc/>
    public override Errno Allocate(ulong offset, ulong length)
    {
        if (!CanWrite)
        {
            return Errno.Badf;
        }

        if (offset > long.MaxValue || length > long.MaxValue - offset)
        {
            return Errno.Fbig;
        }

        return HostErrors.Try(() =>
        {
            var end = (long)(offset + length);
            if (RandomAccess.GetLength(_handle) < end)
            {
                RandomAccess.SetLength(_handle, end);
            }
        });
    }

    /// <inheritdoc/>
    public override Errno Sync() => HostErrors.Try(() => RandomAccess.FlushToDisk(_handle));

    /// <inheritdoc/>
    public override void Close() => _handle.Dispose();
}
