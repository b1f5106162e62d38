namespace Phasor.Wasm.Wasi;

/// <summary>What the host file system holds at a path, looked at without following a final symbolic link (lstat).</summary>
internal static class HostFiles
{
    /// <summary>
    /// Gets the type of the entry at <paramref name="path"/> (a link is <see cref="FileType.SymbolicLink"/>, whatever
    /// it points to), or null when there is none; <paramref name="info"/> describes the entry itself.
    /// </summary>
    public static FileType? Lstat(string path, out FileSystemInfo info)
    {
        var file = new FileInfo(path);
        info = file;
        var attributes = file.Attributes;
        if ((int)attributes == -1)
        {
            return null;
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0 && file.LinkTarget is not null)
        {
            return FileType.SymbolicLink;
        }

        if ((attributes & FileAttributes.Directory) != 0)
        {
            info = new DirectoryInfo(path);
            return FileType.Directory;
        }

        return FileType.RegularFile;
    }

    /// <summary>Gets the type of <paramref name="info"/>, an entry of a directory listing, without following links.</summary>
    public static FileType TypeOf(FileSystemInfo info)
    {
        var attributes = info.Attributes;
        if ((attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
        {
            return FileType.SymbolicLink;
        }

        return (attributes & FileAttributes.Directory) != 0 ? FileType.Directory : FileType.RegularFile;
    }
}
