using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>
/// No path leaves a preopened directory: not through "..", absolute paths, or symbolic links (absolute, climbing,
/// intermediate or final, chained), while paths and links that stay inside keep working.
/// </summary>
public sealed class WasiSandboxTests
{
    private const int Creat = 1;
    private const int Directory_ = 2;
    private const int Excl = 4;
    private const int Trunc = 8;

    [Fact]
    public void CreateWriteAndReadBack()
    {
        using var guest = new WasiGuest();
        var (errno, fd) = guest.Open("note.txt", oflags: Creat | Trunc);
        Assert.Equal(0, errno);
        Assert.Equal(4, fd);
        Assert.Equal(0, guest.Write(fd, "written by the guest"));
        Assert.Equal("written by the guest", File.ReadAllText(Path.Combine(guest.Sandbox, "note.txt")));

        Assert.Equal(0, guest.Call("fd_seek", fd, 8, 0, guest.Alloc(8)));
        Assert.Equal((0, "by the guest"), guest.Read(fd));
        Assert.Equal(0, guest.Call("fd_close", fd));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_close", fd));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../outside.txt")]
    [InlineData("sub/../../outside.txt")]
    [InlineData("sub/../sub/../..")]
    [InlineData("/etc/passwd")]
    [InlineData("/sandbox/inside.txt")]
    public void PathsOutsideThePreopenAreNotCapable(string path)
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "sub"));
        Assert.Equal((int)Errno.Notcapable, guest.Open(path).Errno);
        Assert.Equal((int)Errno.Notcapable, guest.Open(path, oflags: Creat).Errno);
        Assert.Equal((int)Errno.Notcapable, guest.PathCall("path_create_directory", path));
        Assert.Equal((int)Errno.Notcapable, guest.PathCall("path_unlink_file", path));
    }

    [Fact]
    public void DotDotInsideThePreopenIsFine()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "a", "b"));
        File.WriteAllText(Path.Combine(guest.Sandbox, "top.txt"), "top");
        var (errno, fd) = guest.Open("a/b/../../top.txt");
        Assert.Equal(0, errno);
        Assert.Equal((0, "top"), guest.Read(fd));
    }

    [Fact]
    public void DirectoryDescriptorsCannotClimbAboveThePreopenEither()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "a"));
        File.WriteAllText(Path.Combine(guest.Sandbox, "top.txt"), "top");
        var (errno, dir) = guest.Open("a", oflags: Directory_);
        Assert.Equal(0, errno);

        Assert.Equal((int)Errno.Notcapable, guest.Open("../..", dirFd: dir).Errno);
        Assert.Equal((int)Errno.Notcapable, guest.Open("../../etc/passwd", dirFd: dir).Errno);
        var (ok, fd) = guest.Open("../top.txt", dirFd: dir);
        Assert.Equal(0, ok);
        Assert.Equal((0, "top"), guest.Read(fd));
    }

    [Fact]
    public void SymlinkToAnAbsolutePathIsNotFollowed()
    {
        using var guest = new WasiGuest();
        var outside = Directory.CreateTempSubdirectory("phasor-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
            File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "abs"), outside);
            File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "abs-file"), Path.Combine(outside, "secret.txt"));

            Assert.Equal((int)Errno.Notcapable, guest.Open("abs/secret.txt").Errno);
            Assert.Equal((int)Errno.Notcapable, guest.Open("abs-file").Errno);
            Assert.Equal((int)Errno.Notcapable, guest.Open("abs", oflags: Directory_).Errno);
            Assert.Equal((int)Errno.Notcapable, guest.Open("abs/new.txt", oflags: Creat).Errno);
            Assert.False(File.Exists(Path.Combine(outside, "new.txt")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void SymlinkClimbingOutIsNotFollowed()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "d"));
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "d", "upup"), "../../");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "chain"), "d/upup");

        Assert.Equal((int)Errno.Notcapable, guest.Open("up", oflags: Directory_).Errno);
        Assert.Equal((int)Errno.Notcapable, guest.Open("d/upup/x", oflags: Creat).Errno);
        Assert.Equal((int)Errno.Notcapable, guest.Open("chain/etc/passwd").Errno);
    }

    [Fact]
    public void SymlinksThatStayInsideWork()
    {
        using var guest = new WasiGuest();
        Directory.CreateDirectory(Path.Combine(guest.Sandbox, "data"));
        File.WriteAllText(Path.Combine(guest.Sandbox, "data", "x.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "link-dir"), "data");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "data", "link-file"), "../data/./x.txt");

        var (errno, fd) = guest.Open("link-dir/link-file");
        Assert.Equal(0, errno);
        Assert.Equal((0, "x"), guest.Read(fd));
    }

    [Fact]
    public void FinalSymlinkWithoutFollowIsLoop_AndStatSeesTheLinkItself()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "target.txt"), "t");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "link"), "target.txt");

        Assert.Equal((int)Errno.Loop, guest.Open("link", lookup: 0).Errno);
        var (p, n) = guest.Put("link");
        var stat = guest.Alloc(64);
        Assert.Equal(0, guest.Call("path_filestat_get", 3, 0, p, n, stat));
        Assert.Equal((byte)FileType.SymbolicLink, guest.Memory.ReadByte(stat + 16));
        Assert.Equal(0, guest.Call("path_filestat_get", 3, 1, p, n, stat));
        Assert.Equal((byte)FileType.RegularFile, guest.Memory.ReadByte(stat + 16));
        Assert.Equal(1, guest.Memory.ReadInt64(stat + 32));
    }

    [Fact]
    public void SymlinkCycleIsLoop()
    {
        using var guest = new WasiGuest();
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "b"), "a");
        Assert.Equal((int)Errno.Loop, guest.Open("a").Errno);
        Assert.Equal((int)Errno.Loop, guest.Open("a/x", oflags: Creat).Errno);
    }

    [Fact]
    public void UnlinkRemovesTheLinkNotItsTarget_AndReadlinkReturnsTheTarget()
    {
        using var guest = new WasiGuest();
        var outside = Directory.CreateTempSubdirectory("phasor-outside-").FullName;
        try
        {
            var secret = Path.Combine(outside, "secret.txt");
            File.WriteAllText(secret, "secret");
            File.CreateSymbolicLink(Path.Combine(guest.Sandbox, "link"), secret);

            var (p, n) = guest.Put("link");
            var buffer = guest.Alloc(256);
            var used = guest.Alloc(4);
            Assert.Equal(0, guest.Call("path_readlink", 3, p, n, buffer, 256, used));
            Assert.Equal(secret, guest.Memory.ReadUtf8(buffer, guest.Memory.ReadInt32(used)));

            Assert.Equal(0, guest.PathCall("path_unlink_file", "link"));
            Assert.False(File.Exists(Path.Combine(guest.Sandbox, "link")));
            Assert.True(File.Exists(secret));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void RenameCannotMoveAnythingOut()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "x.txt"), "x");
        var (from, fromLength) = guest.Put("x.txt");
        var (to, toLength) = guest.Put("../x.txt");
        Assert.Equal((int)Errno.Notcapable, guest.Call("path_rename", 3, from, fromLength, 3, to, toLength));
        Assert.True(File.Exists(Path.Combine(guest.Sandbox, "x.txt")));
    }

    [Fact]
    public void ThePreopenItselfCannotBeRemovedOrRenamed()
    {
        using var guest = new WasiGuest();
        Assert.Equal((int)Errno.Busy, guest.PathCall("path_remove_directory", "."));
        Assert.Equal((int)Errno.Busy, guest.PathCall("path_remove_directory", "./."));
        var (from, n) = guest.Put(".");
        var (to, m) = guest.Put("elsewhere");
        Assert.Equal((int)Errno.Busy, guest.Call("path_rename", 3, from, n, 3, to, m));
        Assert.True(Directory.Exists(guest.Sandbox));
    }

    [Fact]
    public void BadPathsAreRejectedWithTheirErrno()
    {
        using var guest = new WasiGuest();
        File.WriteAllText(Path.Combine(guest.Sandbox, "file"), "");
        Assert.Equal((int)Errno.Noent, guest.Open("").Errno);
        Assert.Equal((int)Errno.Inval, guest.Open("a\0b").Errno);
        Assert.Equal((int)Errno.Noent, guest.Open("missing/x", oflags: Creat).Errno);
        Assert.Equal((int)Errno.Notdir, guest.Open("file/x").Errno);
        Assert.Equal((int)Errno.Notdir, guest.Open("file/").Errno);
        Assert.Equal((int)Errno.Exist, guest.Open("file", oflags: Creat | Excl).Errno);
        Assert.Equal((int)Errno.Notdir, guest.Open("file", oflags: Directory_).Errno);

        var (bad, length) = guest.Put([0x61, 0xFF, 0x62]);
        var result = guest.Alloc(4);
        Assert.Equal((int)Errno.Ilseq, guest.Call("path_open", 3, 1, bad, length, 0, -1, -1, 0, result));

        var (fileErrno, fileFd) = guest.Open("file");
        Assert.Equal(0, fileErrno);
        Assert.Equal((int)Errno.Notdir, guest.Open("x", dirFd: fileFd).Errno);
        Assert.Equal((int)Errno.Badf, guest.Open("x", dirFd: 99).Errno);
    }
}
