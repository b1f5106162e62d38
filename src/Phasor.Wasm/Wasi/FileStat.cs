using System.Buffers.Binary;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// The <c>filestat</c> record of WASI preview1 (64 bytes in guest memory). Device and inode numbers are synthetic:
/// .NET exposes neither, so the inode is a hash of the host path (<see cref="InodeOf"/>), stable for a path.
/// </summary>
internal readonly record struct FileStat(FileType Type, ulong Inode, ulong Size, ulong AccessTime, ulong ModifyTime, ulong ChangeTime)
{
    /// <summary>The size of the record in guest memory.</summary>
    public const int ByteSize = 64;

    /// <summary>Gets the record of a standard stream: a character device with no size or times.</summary>
    public static FileStat Stream => new(FileType.CharacterDevice, 0, 0, 0, 0, 0);

    /// <summary>Reads the record of a host file system entry (<paramref name="info"/> as lstat sees it).</summary>
    public static FileStat Of(FileSystemInfo info, FileType type)
    {
        var size = type switch
        {
            FileType.RegularFile => (ulong)((FileInfo)info).Length,
            FileType.SymbolicLink => (ulong)(info.LinkTarget?.Length ?? 0),
            _ => 0UL,
        };
        return new(type, InodeOf(info.FullName), size, Nanoseconds(info.LastAccessTimeUtc), Nanoseconds(info.LastWriteTimeUtc),
            Nanoseconds(info.LastWriteTimeUtc));
    }

    /// <summary>Gets a synthetic inode number: FNV-1a of the full host path, never 0.</summary>
    public static ulong InodeOf(string fullPath)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in fullPath.TrimEnd(Path.DirectorySeparatorChar))
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>Converts a UTC time to nanoseconds since the Unix epoch (0 before it).</summary>
    public static ulong Nanoseconds(DateTime utc) =>
        utc <= DateTime.UnixEpoch ? 0 : (ulong)(utc - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>Writes the record in the ABI's layout (dev, ino, filetype, nlink, size, atim, mtim, ctim).</summary>
    public void WriteTo(Span<byte> target)
    {
        target[..ByteSize].Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(target[8..], Inode);
        target[16] = (byte)Type;
        BinaryPrimitives.WriteUInt64LittleEndian(target[24..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(target[32..], Size);
        BinaryPrimitives.WriteUInt64LittleEndian(target[40..], AccessTime);
        BinaryPrimitives.WriteUInt64LittleEndian(target[48..], ModifyTime);
        BinaryPrimitives.WriteUInt64LittleEndian(target[56..], ChangeTime);
    }
}
