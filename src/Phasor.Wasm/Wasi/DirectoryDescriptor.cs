using System.Buffers.Binary;
using System.Text;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// An open directory inside a preopened one: the preopen's host root and the components below it. Paths given
/// relative to it are resolved by <see cref="PathResolver"/>, which never leaves <see cref="Root"/>.
/// </summary>
internal sealed class DirectoryDescriptor : Descriptor
{
    /// <summary>The size of a <c>dirent</c> header in guest memory.</summary>
    public const int DirentSize = 24;

    private List<DirectoryEntry>? _listing;

    /// <summary>Creates a descriptor for <paramref name="components"/> below <paramref name="root"/>.</summary>
    public DirectoryDescriptor(string root, string[] components, string? preopenName, Rights rightsBase, Rights rightsInheriting)
        : base(rightsBase, rightsInheriting)
    {
        Root = root;
        Components = components;
        PreopenName = preopenName;
    }

    /// <summary>The rights a directory can use.</summary>
    public static Rights DirectoryRights => Rights.FdFdstatSetFlags | Rights.FdSync | Rights.FdAdvise | Rights.PathCreateDirectory |
        Rights.PathCreateFile | Rights.PathLinkSource | Rights.PathLinkTarget | Rights.PathOpen | Rights.FdReaddir |
        Rights.PathReadlink | Rights.PathRenameSource | Rights.PathRenameTarget | Rights.PathFilestatGet |
        Rights.PathFilestatSetSize | Rights.PathFilestatSetTimes | Rights.FdFilestatGet | Rights.FdFilestatSetTimes |
        Rights.PathSymlink | Rights.PathRemoveDirectory | Rights.PathUnlinkFile;

    /// <summary>Gets the full host path of the preopened directory this one lies in.</summary>
    public string Root { get; }

    /// <summary>Gets the components below <see cref="Root"/>.</summary>
    public string[] Components { get; }

    /// <summary>Gets the guest path of a preopened directory (what <c>fd_prestat_dir_name</c> returns), or null.</summary>
    public string? PreopenName { get; }

    /// <inheritdoc/>
    public override FileType Type => FileType.Directory;

    /// <inheritdoc/>
    public override string? HostPath => Components.Length == 0 ? Root : Path.Join(Root, string.Join(Path.DirectorySeparatorChar, Components));

    /// <inheritdoc/>
    public override Errno Read(Span<byte> buffer, out int read)
    {
        read = 0;
        return Errno.Isdir;
    }

    /// <inheritdoc/>
    public override Errno Write(ReadOnlySpan<byte> data) => Errno.Badf;

    /// <inheritdoc/>
    public override Errno ReadAt(Span<byte> buffer, ulong offset, out int read)
    {
        read = 0;
        return Errno.Isdir;
    }

    /// <inheritdoc/>
    public override Errno WriteAt(ReadOnlySpan<byte> data, ulong offset) => Errno.Badf;

    /// <inheritdoc/>
    public override Errno Seek(long delta, int whence, out ulong position)
    {
        position = 0;
        return Errno.Badf;
    }

    /// <inheritdoc/>
    public override Errno Stat(out FileStat stat)
    {
        stat = default;
        var info = new DirectoryInfo(HostPath!);
        if (!info.Exists)
        {
            return Errno.Noent;
        }

        stat = FileStat.Of(info, FileType.Directory);
        return Errno.Success;
    }

    /// <summary>
    /// Writes directory entries from <paramref name="cookie"/> on as <c>dirent</c> headers followed by names, as many
    /// bytes as fit (the last entry cut short if need be: wasi-libc then asks again with a larger buffer). The listing
    /// is read at cookie 0 and kept, so cookies stay valid while the guest walks it: ".", "..", then the entries
    /// in ordinal order.
    /// </summary>
    public Errno ReadDirectory(Span<byte> buffer, ulong cookie, out int used)
    {
        used = 0;
        if (cookie == 0 || _listing is null)
        {
            var errno = List(out _listing);
            if (errno != Errno.Success)
            {
                return errno;
            }
        }

        Span<byte> header = stackalloc byte[DirentSize];
        for (var i = cookie; i < (ulong)_listing!.Count && used < buffer.Length; i++)
        {
            var entry = _listing[(int)i];
            header.Clear();
            BinaryPrimitives.WriteUInt64LittleEndian(header, i + 1);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], entry.Inode);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)entry.Name.Length);
            header[20] = (byte)entry.Type;
            used += CopyPrefix(header, buffer[used..]);
            used += CopyPrefix(entry.Name, buffer[used..]);
        }

        return Errno.Success;
    }

    private static int CopyPrefix(ReadOnlySpan<byte> source, Span<byte> target)
    {
        var n = Math.Min(source.Length, target.Length);
        source[..n].CopyTo(target);
        return n;
    }

    private Errno List(out List<DirectoryEntry> listing)
    {
        listing = [];
        var path = HostPath!;
        try
        {
            var parent = Components.Length == 0 ? path : Path.GetDirectoryName(path) ?? path;
            listing.Add(new DirectoryEntry("."u8.ToArray(), FileType.Directory, FileStat.InodeOf(path)));
            listing.Add(new DirectoryEntry(".."u8.ToArray(), FileType.Directory, FileStat.InodeOf(parent)));
            var entries = new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                listing.Add(new DirectoryEntry(Encoding.UTF8.GetBytes(entry.Name), HostFiles.TypeOf(entry), FileStat.InodeOf(entry.FullName)));
            }

            return Errno.Success;
        }
        catch (Exception e) when (HostErrors.IsHostError(e))
        {
            return HostErrors.From(e);
        }
    }

    /// <summary>One entry of a listing.</summary>
    private readonly record struct DirectoryEntry(byte[] Name, FileType Type, ulong Inode);
}
