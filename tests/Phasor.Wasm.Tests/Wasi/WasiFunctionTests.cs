using System.Diagnostics;
using System.Text;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Runtime;
using Phasor.Wasm.Tests.Support;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>The WASI functions one by one: memory layouts, errnos, streams, clocks, poll, exit, linking.</summary>
public sealed class WasiFunctionTests
{
    [Fact]
    public void ArgsAndEnvironLayOutPointersThenStrings()
    {
        using var guest = new WasiGuest(new WasiConfiguration
        {
            Arguments = ["prog", "héllo", ""],
            Environment = [KeyValuePair.Create("A", "1"), KeyValuePair.Create("EMPTY", "")],
        });
        var (count, size) = (guest.Alloc(4), guest.Alloc(4));
        Assert.Equal(0, guest.Call("args_sizes_get", count, size));
        Assert.Equal(3, guest.Memory.ReadInt32(count));
        Assert.Equal(5 + 7 + 1, guest.Memory.ReadInt32(size));

        var (pointers, buffer) = (guest.Alloc(12), guest.Alloc(13));
        Assert.Equal(0, guest.Call("args_get", pointers, buffer));
        Assert.Equal((int)buffer, guest.Memory.ReadInt32(pointers));
        Assert.Equal("héllo", guest.Memory.ReadUtf8((uint)guest.Memory.ReadInt32(pointers + 4), 6));
        Assert.Equal(0, guest.Memory.ReadByte((uint)guest.Memory.ReadInt32(pointers + 8)));

        Assert.Equal(0, guest.Call("environ_sizes_get", count, size));
        Assert.Equal((2, 11), (guest.Memory.ReadInt32(count), guest.Memory.ReadInt32(size)));
        var (envPointers, envBuffer) = (guest.Alloc(8), guest.Alloc(11));
        Assert.Equal(0, guest.Call("environ_get", envPointers, envBuffer));
        Assert.Equal("A=1\0EMPTY=\0", guest.Memory.ReadUtf8(envBuffer, 11));
    }

    [Fact]
    public void StandardStreams_WriteReadAndDescribeThemselves()
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        using var guest = new WasiGuest(new WasiConfiguration
        {
            StandardInput = new MemoryStream("line one\nline two\n"u8.ToArray()),
            StandardOutput = stdout,
            StandardError = stderr,
        });
        var written = guest.Alloc(4);
        Assert.Equal(0, guest.Call("fd_write", 1, guest.IoVectors(guest.Put("out "), guest.Put("put\n")), 2, written));
        Assert.Equal(8, guest.Memory.ReadInt32(written));
        Assert.Equal(0, guest.Write(2, "err"));
        Assert.Equal("out put\n", Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal("err", Encoding.UTF8.GetString(stderr.ToArray()));

        Assert.Equal((0, "line"), guest.Read(0, 4));
        Assert.Equal((0, " one\nline two\n"), guest.Read(0));
        Assert.Equal((0, ""), guest.Read(0));
        Assert.Equal((int)Errno.Badf, guest.Write(0, "x"));
        Assert.Equal((int)Errno.Badf, guest.Read(1).Errno);

        var stat = guest.Alloc(24);
        Assert.Equal(0, guest.Call("fd_fdstat_get", 1, stat));
        Assert.Equal((byte)FileType.CharacterDevice, guest.Memory.ReadByte(stat));
        Assert.Equal(0, guest.Memory.ReadInt64(stat + 8) & (long)Rights.FdSeek);
        Assert.Equal((int)Errno.Spipe, guest.Call("fd_seek", 1, 0, 1, guest.Alloc(8)));
        Assert.Equal((int)Errno.Spipe, guest.Call("fd_tell", 1, guest.Alloc(8)));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_fdstat_get", 7, stat));
    }

    [Fact]
    public void FdWriteToAStreamAllocatesNothing()
    {
        using var guest = new WasiGuest(new WasiConfiguration { StandardOutput = Stream.Null });
        var vectors = guest.IoVectors(guest.Put("a line of output\n"), guest.Put("and another\n"));
        var written = guest.Alloc(4);
        for (var i = 0; i < 100; i++)
        {
            guest.Call("fd_write", 1, vectors, 2, written);
        }

        var slots = new ulong[4];
        var fdWrite = guest.Function("fd_write");
        var caller = guest.Caller;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            (slots[0], slots[1], slots[2], slots[3]) = (1, vectors, 2, written);
            fdWrite(caller, slots);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0UL, slots[0]);
    }

    [Fact]
    public void AHostStreamThatFailsIsAnErrnoNotAnException()
    {
        var closed = new MemoryStream();
        closed.Dispose();
        using var guest = new WasiGuest(new WasiConfiguration { StandardOutput = closed, StandardError = new MemoryStream([], writable: false) });
        Assert.Equal((int)Errno.Badf, guest.Write(1, "x"));
        Assert.Equal((int)Errno.Notsup, guest.Write(2, "x"));
    }

    [Fact]
    public void Clocks()
    {
        using var guest = new WasiGuest();
        var time = guest.Alloc(8);
        Assert.Equal(0, guest.Call("clock_time_get", 1, 0, time));
        var first = guest.Memory.ReadInt64(time);
        Assert.Equal(0, guest.Call("clock_time_get", 1, 0, time));
        Assert.True(guest.Memory.ReadInt64(time) >= first);

        Assert.Equal(0, guest.Call("clock_time_get", 0, 0, time));
        var realtime = DateTimeOffset.FromUnixTimeMilliseconds(guest.Memory.ReadInt64(time) / 1_000_000);
        Assert.InRange(realtime, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        for (var id = 0; id < 4; id++)
        {
            Assert.Equal(0, guest.Call("clock_res_get", id, time));
            Assert.InRange(guest.Memory.ReadInt64(time), 1, 1_000_000);
            Assert.Equal(0, guest.Call("clock_time_get", id, 0, time));
        }

        Assert.Equal((int)Errno.Inval, guest.Call("clock_time_get", 4, 0, time));
        Assert.Equal((int)Errno.Inval, guest.Call("clock_res_get", 99, time));
    }

    [Fact]
    public void RandomGetFillsTheBuffer()
    {
        using var guest = new WasiGuest();
        var buffer = guest.Alloc(64);
        Assert.Equal(0, guest.Call("random_get", buffer, 64));
        Assert.Contains(guest.Memory.GetSpan(buffer, 64).ToArray(), b => b != 0);
    }

    [Fact]
    public void PollOneoff_SleepsForARelativeClock()
    {
        using var guest = new WasiGuest();
        var subscription = guest.Alloc(48);
        guest.Memory.WriteInt64(subscription, 0x1234);
        guest.Memory.WriteInt32(subscription + 16, 1);
        guest.Memory.WriteInt64(subscription + 24, 30_000_000);
        var events = guest.Alloc(32);
        var count = guest.Alloc(4);

        var watch = Stopwatch.StartNew();
        Assert.Equal(0, guest.Call("poll_oneoff", subscription, events, 1, count));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(29), $"slept {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, guest.Memory.ReadInt32(count));
        Assert.Equal(0x1234, guest.Memory.ReadInt64(events));
        Assert.Equal(0, guest.Memory.ReadInt32(events + 8) & 0xFFFF);
        Assert.Equal(0, guest.Memory.ReadByte(events + 10));
    }

    [Fact]
    public void PollOneoff_ReportsDescriptorsAtOnceAndRejectsNoSubscriptions()
    {
        using var guest = new WasiGuest();
        var subscriptions = guest.Alloc(96);
        guest.Memory.WriteInt64(subscriptions, 7);
        guest.Memory.WriteInt32(subscriptions + 16, 1);
        guest.Memory.WriteInt64(subscriptions + 24, 60_000_000_000);
        guest.Memory.WriteInt64(subscriptions + 48, 8);
        guest.Memory.WriteByte(subscriptions + 48 + 8, 1);
        guest.Memory.WriteInt32(subscriptions + 48 + 16, 0);
        var events = guest.Alloc(64);
        var count = guest.Alloc(4);

        var watch = Stopwatch.StartNew();
        Assert.Equal(0, guest.Call("poll_oneoff", subscriptions, events, 2, count));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(1, guest.Memory.ReadInt32(count));
        Assert.Equal(8, guest.Memory.ReadInt64(events));
        Assert.Equal(1, guest.Memory.ReadByte(events + 10));
        Assert.Equal((int)Errno.Inval, guest.Call("poll_oneoff", subscriptions, events, 0, count));
    }

    [Fact]
    public void PollOneoff_AnInterruptStopsALongSleepWithItsTrap()
    {
        using var guest = new WasiGuest();
        var subscription = guest.Alloc(48);
        guest.Memory.WriteInt32(subscription + 16, 1);
        guest.Memory.WriteInt64(subscription + 24, 600_000_000_000);
        var events = guest.Alloc(32);
        var count = guest.Alloc(4);
        using var timer = new Timer(_ => guest.Store.Interrupt(), null, 50, Timeout.Infinite);

        var watch = Stopwatch.StartNew();
        var trap = Assert.Throws<TrapException>(() => guest.Call("poll_oneoff", subscription, events, 1, count));
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void ProcExitCarriesTheCode()
    {
        using var guest = new WasiGuest();
        Assert.Equal(17, Assert.Throws<WasiExitException>(() => guest.Call("proc_exit", 17)).ExitCode);
    }

    [Fact]
    public void APointerOutsideMemoryTraps()
    {
        using var guest = new WasiGuest();
        var trap = Assert.Throws<TrapException>(() => guest.Call("args_sizes_get", 65534, 0));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<TrapException>(() => guest.Call("fd_write", 1, 65530, 2, 0)).Kind);
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<TrapException>(() => guest.Call("random_get", 0, 70000)).Kind);
    }

    [Fact]
    public void PreopensAreListedAsFdsFromThree()
    {
        using var guest = new WasiGuest();
        var prestat = guest.Alloc(8);
        Assert.Equal(0, guest.Call("fd_prestat_get", 3, prestat));
        Assert.Equal(0, guest.Memory.ReadByte(prestat));
        Assert.Equal("/sandbox".Length, guest.Memory.ReadInt32(prestat + 4));
        var name = guest.Alloc(8);
        Assert.Equal(0, guest.Call("fd_prestat_dir_name", 3, name, 8));
        Assert.Equal("/sandbox", guest.Memory.ReadUtf8(name, 8));
        Assert.Equal((int)Errno.Nametoolong, guest.Call("fd_prestat_dir_name", 3, name, 3));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_prestat_get", 4, prestat));
        Assert.Equal((int)Errno.Badf, guest.Call("fd_prestat_get", 1, prestat));
    }

    [Fact]
    public void AMissingPreopenDirectoryIsReportedWhenTheContextIsMade()
    {
        var missing = Path.Combine(Path.GetTempPath(), "phasor-no-such-dir-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => new WasiContext(new WasiConfiguration { Preopens = [new(missing, "/x")] }));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownWasiImportFailsToLinkNamingIt()
    {
        // (module (import "wasi_snapshot_preview1" "fd_frobnicate" (func (param i32) (result i32))))
        var bytes = new ModuleBuilder()
            .Section(1, ModuleBuilder.Vec([0x60, 0x01, 0x7F, 0x01, 0x7F]))
            .Section(2, ModuleBuilder.Vec([.. ModuleBuilder.Name(WasiContext.ModuleName), .. ModuleBuilder.Name("fd_frobnicate"), 0x00, 0x00]))
            .Build();
        var e = Assert.Throws<LinkException>(() => WasiPrograms.Run(bytes, new WasiConfiguration()));
        Assert.Equal("fd_frobnicate", e.ImportName);
        Assert.Contains("\"fd_frobnicate\"", e.Located, StringComparison.Ordinal);
    }

    [Fact]
    public void AWasiImportOfTheWrongTypeFailsToLink()
    {
        // (module (import "wasi_snapshot_preview1" "fd_close" (func (param i64) (result i32))))
        var bytes = new ModuleBuilder()
            .Section(1, ModuleBuilder.Vec([0x60, 0x01, 0x7E, 0x01, 0x7F]))
            .Section(2, ModuleBuilder.Vec([.. ModuleBuilder.Name(WasiContext.ModuleName), .. ModuleBuilder.Name("fd_close"), 0x00, 0x00]))
            .Build();
        var e = Assert.Throws<LinkException>(() => WasiPrograms.Run(bytes, new WasiConfiguration()));
        Assert.Equal("incompatible import type", e.Message);
        Assert.Equal("fd_close", e.ImportName);
    }

    [Fact]
    public void EveryPreview1FunctionIsDefined()
    {
        string[] preview1 =
        [
            "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get", "fd_advise",
            "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags", "fd_fdstat_set_rights",
            "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread", "fd_prestat_get",
            "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell",
            "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link", "path_open",
            "path_readlink", "path_remove_directory", "path_rename", "path_symlink", "path_unlink_file", "poll_oneoff",
            "proc_exit", "proc_raise", "sched_yield", "random_get", "sock_accept", "sock_recv", "sock_send", "sock_shutdown",
        ];
        Assert.Equal(preview1.Order(StringComparer.Ordinal), WasiContext.FunctionNames.Order(StringComparer.Ordinal));
    }
}
