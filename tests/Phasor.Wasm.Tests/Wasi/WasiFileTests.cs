using System.Buffers.Binary;
using System.Text;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>Files and directories through descriptors: positions, appending, sizes, listings, renames.</summary>
public sealed class WasiFileTests
{
    private const int Creat = 1;
    private const int Directory_ = 2;
    private const int Trunc = 8;

    [Fact]
    public void PreadAndPwriteLeaveThePositionAlone()
    {
        using var guest = new WasiGuest();
        var (_, fd) = guest.Open("f.txt", oflags: Creat);
        Assert.Equal(0, guest.Write(fd, "0123456789"));
        var written = guest.Alloc(4);
        Assert.Equal(0, guest.Call("fd_pwrite", fd, guest.IoVectors(guest.Put("AB")), 1, 3, written));
        Assert.Equal(2, guest.Memory.ReadInt32(written));

        var position = guest.Alloc(8);
        Assert.Equal(0, guest.Call("fd_tell", fd, position));
        Assert.Equal(10, guest.Memory.ReadInt64(position));

        var buffer = guest.Alloc(4);
        var read = guest.Alloc(4);
        Assert.Equal(0, guest.Call("fd_pread", fd, guest.IoVectors((buffer, 4)), 1, 2, read));
        Assert.Equal("2AB5", guest.Memory.ReadUtf8(buffer, guest.Memory.ReadInt32(read)));
        Assert.Equal(0, guest.Call("fd_tell", fd, position));
        Assert.Equal(10, guest.Memory.ReadInt64(position));

        Assert.Equal(0, guest.Call("fd_seek", fd, -4, 2, position));
        Assert.Equal(6, guest.Memory.ReadInt64(position));
        Assert.Equal((int)Errno.Inval, guest.Call("fd_seek", fd, -7, 1, position));
        Assert.Equal((int)Errno.Inval, guest.Call("fd_seek", fd, 0, 3, position));
    }

    [Fact]
    public void AppendModeWritesAtTheEnd()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "log.txt"), "start\n");
        var (errno, fd) = guest.Open("log.txt", fdflags: 1);
        Assert.Equal(0, errno);
        Assert.Equal(0, guest.Call("fd_seek", fd, 0, 0, guest.Alloc(8)));
        Assert.Equal(0, guest.Write(fd, "more\n"));
        Assert.Equal("start\nmore\n", File.ReadAllText(Path.Combine(guest.Sandbox, "log.txt")));

        var stat = guest.Alloc(24);
        Assert.Equal(0, guest.Call("fd_fdstat_get", fd, stat));
        Assert.Equal(1, guest.Memory.ReadInt32(stat + 2) & 0xFFFF);
        Assert.Equal((byte)FileType.RegularFile, guest.Memory.ReadByte(stat));
    }

    [Fact]
    public void ReadOnlyDescriptorsCannotWrite()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "ro.txt"), "data");
        var (_, fd) = guest.Open("ro.txt", rights: (long)(Rights.FdRead | Rights.FdSeek | Rights.FdFilestatGet));
        Assert.Equal((int)Errno.Badf, guest.Write(fd, "x"));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_filestat_set_size", fd, 0));
        Assert.Equal((0, "data"), guest.Read(fd));
        Assert.Equal("data", File.ReadAllText(Path.Combine(guest.Sandbox, "ro.txt")));

        Assert.Equal((int)Errno.Notcapable, guest.Call("fd_fdstat_set_rights", fd, (long)Rights.All, 0));
        Assert.Equal(0, guest.Call("fd_fdstat_set_rights", fd, (long)Rights.FdSeek, 0));
        Assert.Equal((int)Errno.Badf, guest.Read(fd).Errno);
    }

    [Fact]
    public void SizesAndFilestat()
    {
        using var guest = new WasiGuest();
        var (_, fd) = guest.Open("s.bin", oflags: Creat | Trunc);
        Assert.Equal(0, guest.Call("fd_filestat_set_size", fd, 100));
        Assert.Equal(0, guest.Call("fd_allocate", fd, 90, 20));
        Assert.Equal(0, guest.Call("fd_allocate", fd, 0, 10));
        var stat = guest.Alloc(64);
        Assert.Equal(0, guest.Call("fd_filestat_get", fd, stat));
        Assert.Equal((byte)FileType.RegularFile, guest.Memory.ReadByte(stat + 16));
        Assert.Equal(110, guest.Memory.ReadInt64(stat + 32));
        Assert.NotEqual(0, guest.Memory.ReadInt64(stat + 8));
        Assert.True(guest.Memory.ReadInt64(stat + 48) > 0);

        Assert.Equal(0, guest.Call("fd_filestat_get", 3, stat));
        Assert.Equal((byte)FileType.Directory, guest.Memory.ReadByte(stat + 16));
        Assert.Equal(0, guest.Call("fd_sync", fd));
        Assert.Equal(0, guest.Call("fd_advise", fd, 0, 0, 3));
        Assert.Equal((int)Errno.Inval, guest.Call("fd_advise", fd, 0, 0, 9));
    }

    [Fact]
    public void SetTimesChangesTheModificationTime()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "t.txt"), "");
        var (p, n) = guest.Put("t.txt");
        var when = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        var nanoseconds = (when - DateTime.UnixEpoch).Ticks * 100;
        Assert.Equal(0, guest.Call("path_filestat_set_times", 3, 1, p, n, 0, nanoseconds, 4));
        Assert.Equal(when, File.GetLastWriteTimeUtc(Path.Combine(guest.Sandbox, "t.txt")));
        Assert.Equal((int)Errno.Inval, guest.Call("path_filestat_set_times", 3, 1, p, n, 0, nanoseconds, 12));
    }

    [Fact]
    public void ReaddirListsDotsThenEntriesInOrder_AndResumesFromACookie()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "sub"));
        File.WriteAllText(Path.Combine(guest.Sandbox, "b.txt"), "");
        File.WriteAllText(Path.Combine(guest.Sandbox, "a.txt"), "");
        var all = ReadAll(guest, 3, bufferSize: 4096);
        Assert.Equal([".", "..", "a.txt", "b.txt", "sub"], all.Select(e => e.Name));
        Assert.Equal((byte)FileType.Directory, all[4].Type);
        Assert.Equal((byte)FileType.RegularFile, all[2].Type);

        // A buffer smaller than one entry: the guest sees a full buffer and asks again with a larger one.
        var buffer = guest.Alloc(10);
        var used = guest.Alloc(4);
        Assert.Equal(0, guest.Call("fd_readdir", 3, buffer, 10, 0, used));
        Assert.Equal(10, guest.Memory.ReadInt32(used));

        var fromCookie = ReadAll(guest, 3, bufferSize: 4096, cookie: 3);
        Assert.Equal(["b.txt", "sub"], fromCookie.Select(e => e.Name));
        Assert.Equal((int)Errno.Notdir, guest.Call("fd_readdir", 1, buffer, 10, 0, used));
    }

    [Fact]
    public void RenameFollowsPosix()
    {
        using var guest = new WasiGuest();
        var root = guest.Sandbox;
        Directory.CreateDirectory(Path.Combine(root, "d", "inner"));
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        Directory.CreateDirectory(Path.Combine(root, "full", "x"));
        File.WriteAllText(Path.Combine(root, "f"), "f");
        File.WriteAllText(Path.Combine(root, "g"), "g");

        Assert.Equal(0, Rename(guest, "f", "g"));
        Assert.Equal("f", File.ReadAllText(Path.Combine(root, "g")));
        Assert.Equal((int)Errno.Noent, Rename(guest, "f", "h"));
        Assert.Equal((int)Errno.Isdir, Rename(guest, "g", "d"));
        Assert.Equal((int)Errno.Notdir, Rename(guest, "d", "g"));
        Assert.Equal((int)Errno.Inval, Rename(guest, "d", "d/inner/moved"));
        Assert.Equal((int)Errno.Notempty, Rename(guest, "d", "full"));
        Assert.Equal(0, Rename(guest, "d", "empty"));
        Assert.True(Directory.Exists(Path.Combine(root, "empty", "inner")));
        Assert.Equal(0, Rename(guest, "empty", "renamed"));
        Assert.True(Directory.Exists(Path.Combine(root, "renamed", "inner")));
    }

    [Fact]
    public void DirectoriesAreCreatedAndRemoved()
    {
        using var guest = new WasiGuest();
        Assert.Equal(0, guest.PathCall("path_create_directory", "new/"));
        Assert.Equal((int)Errno.Exist, guest.PathCall("path_create_directory", "new"));
        Assert.Equal((int)Errno.Noent, guest.PathCall("path_create_directory", "no/such"));
        File.WriteAllText(Path.Combine(guest.Sandbox, "new", "f"), "");
        Assert.Equal((int)Errno.Notempty, guest.PathCall("path_remove_directory", "new"));
        Assert.Equal((int)Errno.Notdir, guest.PathCall("path_remove_directory", "new/f"));
        Assert.Equal((int)Errno.Isdir, guest.PathCall("path_unlink_file", "new"));
        Assert.Equal(0, guest.PathCall("path_unlink_file", "new/f"));
        Assert.Equal((int)Errno.Noent, guest.PathCall("path_unlink_file", "new/f"));
        Assert.Equal(0, guest.PathCall("path_remove_directory", "new"));
        Assert.False(Directory.Exists(Path.Combine(guest.Sandbox, "new")));
    }

    [Fact]
    public void DescriptorsTakeTheLowestFreeNumber_AndRenumberMovesOne()
    {
        using var guest = new WasiGuest();
        var (_, a) = guest.Open("a", oflags: Creat);
        var (_, b) = guest.Open("b", oflags: Creat);
        Assert.Equal((4, 5), (a, b));
        Assert.Equal(0, guest.Call("fd_close", a));
        Assert.Equal(4, guest.Open("c", oflags: Creat).Fd);

        Assert.Equal(0, guest.Write(b, "to b"));
        Assert.Equal(0, guest.Call("fd_renumber", b, 4));
        Assert.Equal(0, guest.Write(4, "!"));
        Assert.Equal((int)Errno.Badf, guest.Write(b, "x"));
        Assert.Equal("to b!", File.ReadAllText(Path.Combine(guest.Sandbox, "b")));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_renumber", 9, 4));
    }

    [Fact]
    public void DirectoryDescriptorsRefuseFileOperations()
    {
        using var guest = new WasiGuest();
        var (errno, dir) = guest.Open(".", oflags: Directory_);
        Assert.Equal(0, errno);
        Assert.Equal((int)Errno.Isdir, guest.Read(dir).Errno);
        Assert.Equal((int)Errno.Badf, guest.Write(dir, "x"));
        Assert.Equal((int)Errno.Isdir, guest.Open(".", rights: -1).Errno);
        Assert.Equal((int)Errno.Badf, guest.Call("fd_prestat_get", dir, guest.Alloc(8)));
    }

    [Fact]
    public void ADirectoryRemovedByTheHostGivesErrnos()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "gone"));
        var (_, dir) = guest.Open("gone", oflags: Directory_);
        Directory.Delete(Path.Combine(guest.Sandbox, "gone"));

        Assert.Equal((int)Errno.Noent, guest.Open("x", dirFd: dir, oflags: Creat).Errno);
        Assert.Equal((int)Errno.Noent, guest.Call("fd_readdir", dir, guest.Alloc(64), 64, 0, guest.Alloc(4)));
        Assert.Equal((int)Errno.Noent, guest.Call("fd_filestat_get", dir, guest.Alloc(64)));
    }

    private static int Rename(WasiGuest guest, string from, string to)
    {
        var (f, fn) = guest.Put(from);
        var (t, tn) = guest.Put(to);
        return guest.Call("path_rename", 3, f, fn, 3, t, tn);
    }

    private static List<(string Name, byte Type)> ReadAll(WasiGuest guest, int fd, int bufferSize, long cookie = 0)
    {
        var buffer = guest.Alloc(bufferSize);
        var used = guest.Alloc(4);
        Assert.Equal(0, guest.Call("fd_readdir", fd, buffer, bufferSize, cookie, used));
        var bytes = guest.Memory.GetSpan(buffer, guest.Memory.ReadInt32(used)).ToArray();
        var entries = new List<(string, byte)>();
        for (var at = 0; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 16));
            entries.Add((Encoding.UTF8.GetString(bytes, at + 24, length), bytes[at + 20]));
            Assert.Equal((ulong)(cookie + entries.Count), BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at)));
            at += 24 + length;
        }

        return entries;
    }
}
