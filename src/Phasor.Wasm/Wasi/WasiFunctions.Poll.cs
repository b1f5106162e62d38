using System.Buffers.Binary;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// <c>poll_oneoff</c>: waits for the earliest clock subscription (how wasi-libc sleeps) and reports descriptor
/// subscriptions as ready at once, since reads of files and the host's streams do not wait for long.
/// </summary>
internal sealed partial class WasiFunctions
{
    private const int SubscriptionSize = 48;
    private const int EventSize = 32;

    /// <summary>The longest one wait lasts before checking <see cref="Store.Interrupt"/> again.</summary>
    private static readonly TimeSpan s_interruptCheck = TimeSpan.FromMilliseconds(10);

    private Errno PollOneoff(Caller caller, Span<ulong> args)
    {
        var count = U32(args, 2);
        if (count == 0)
        {
            return Errno.Inval;
        }

        var memory = Memory(caller);
        var subscriptions = Records(memory, U32(args, 0), count, SubscriptionSize);
        var events = Records(memory, U32(args, 1), count, EventSize);
        var start = WasiClocks.MonotonicNow();
        var ready = ReadyDescriptors(subscriptions, events, start, out var deadline);
        if (ready == 0 && deadline != ulong.MaxValue)
        {
            Sleep(caller.Store, deadline);
            ready = ExpiredClocks(subscriptions, events, start, WasiClocks.MonotonicNow());
        }

        memory.WriteInt32(U32(args, 3), ready);
        return Errno.Success;
    }

    /// <summary>
    /// Writes an event for every descriptor subscription and every clock with a bad id; returns how many, and the
    /// earliest clock deadline on the monotonic clock.
    /// </summary>
    private int ReadyDescriptors(Span<byte> subscriptions, Span<byte> events, ulong start, out ulong deadline)
    {
        deadline = ulong.MaxValue;
        var ready = 0;
        for (var i = 0; i < subscriptions.Length / SubscriptionSize; i++)
        {
            var sub = subscriptions.Slice(i * SubscriptionSize, SubscriptionSize);
            var tag = sub[8];
            if (tag == 0)
            {
                var errno = ClockDeadline(sub, start, out var due);
                if (errno != Errno.Success)
                {
                    WriteEvent(events, ready++, sub, errno);
                }

                deadline = Math.Min(deadline, due);
            }
            else
            {
                var fd = BinaryPrimitives.ReadUInt32LittleEndian(sub[16..]);
                var errno = tag > 2 ? Errno.Inval : Fds.Get(fd) is null ? Errno.Badf : Errno.Success;
                WriteEvent(events, ready++, sub, errno);
            }
        }

        return ready;
    }

    /// <summary>Writes an event for every clock subscription due by <paramref name="now"/>.</summary>
    private static int ExpiredClocks(Span<byte> subscriptions, Span<byte> events, ulong start, ulong now)
    {
        var ready = 0;
        for (var i = 0; i < subscriptions.Length / SubscriptionSize; i++)
        {
            var sub = subscriptions.Slice(i * SubscriptionSize, SubscriptionSize);
            if (sub[8] == 0 && ClockDeadline(sub, start, out var due) == Errno.Success && due <= now)
            {
                WriteEvent(events, ready++, sub, Errno.Success);
            }
        }

        return ready;
    }

    /// <summary>
    /// Converts a clock subscription's timeout to a deadline on the monotonic clock: relative to <paramref name="start"/>
    /// (when the call began, so the deadline is the same each time it is computed), or, with flag 1, an absolute time
    /// of the subscription's own clock.
    /// </summary>
    private static Errno ClockDeadline(Span<byte> sub, ulong start, out ulong deadline)
    {
        deadline = ulong.MaxValue;
        var id = BinaryPrimitives.ReadUInt32LittleEndian(sub[16..]);
        var timeout = BinaryPrimitives.ReadUInt64LittleEndian(sub[24..]);
        var absolute = (BinaryPrimitives.ReadUInt16LittleEndian(sub[40..]) & 1) != 0;
        var errno = WasiClocks.Now(id, out var clockNow);
        if (errno != Errno.Success)
        {
            return errno;
        }

        var (origin, wait) = absolute ? (WasiClocks.MonotonicNow(), timeout > clockNow ? timeout - clockNow : 0) : (start, timeout);
        deadline = wait > ulong.MaxValue - 1 - origin ? ulong.MaxValue - 1 : origin + wait;
        return Errno.Success;
    }

    private static void WriteEvent(Span<byte> events, int index, Span<byte> sub, Errno errno)
    {
        var e = events.Slice(index * EventSize, EventSize);
        e.Clear();
        sub[..8].CopyTo(e);
        BinaryPrimitives.WriteUInt16LittleEndian(e[8..], (ushort)errno);
        e[10] = sub[8];
    }

    /// <summary>Waits until <paramref name="deadline"/>, in slices so that <see cref="Store.Interrupt"/> stops the wait with its trap.</summary>
    private static void Sleep(Store store, ulong deadline)
    {
        while (true)
        {
            if (store.InterruptRequested)
            {
                store.ClearInterrupt();
                throw new TrapException(TrapKind.Interrupted);
            }

            var now = WasiClocks.MonotonicNow();
            if (now >= deadline)
            {
                return;
            }

            var left = TimeSpan.FromTicks((long)Math.Min((deadline - now) / 100, (ulong)s_interruptCheck.Ticks));
            Thread.Sleep(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1));
        }
    }
}
