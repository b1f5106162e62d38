using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// The four clocks of WASI preview1 (<c>clockid</c>): realtime (Unix epoch), monotonic (<see cref="Stopwatch"/>),
/// process CPU time (<see cref="Environment.CpuUsage"/>) and thread CPU time (Linux's CLOCK_THREAD_CPUTIME_ID; elsewhere
/// the process's). All in nanoseconds.
/// </summary>
internal static partial class WasiClocks
{
    /// <summary>Clock id of wall-clock time.</summary>
    public const uint Realtime = 0;

    /// <summary>Clock id of a clock that never goes back.</summary>
    public const uint Monotonic = 1;

    /// <summary>Clock id of the process's CPU time.</summary>
    public const uint ProcessCpuTime = 2;

    /// <summary>Clock id of the calling thread's CPU time.</summary>
    public const uint ThreadCpuTime = 3;

    private const int LinuxThreadCpuClock = 3;
    private static readonly bool s_hasThreadClock = OperatingSystem.IsLinux() && TryThreadTime(out _);

    /// <summary>Reads clock <paramref name="id"/>; EINVAL for an unknown id.</summary>
    public static Errno Now(uint id, out ulong nanoseconds)
    {
        nanoseconds = 0;
        switch (id)
        {
            case Realtime:
                nanoseconds = (ulong)(DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
                return Errno.Success;
            case Monotonic:
                nanoseconds = MonotonicNow();
                return Errno.Success;
            case ThreadCpuTime when s_hasThreadClock && TryThreadTime(out var thread):
                nanoseconds = thread;
                return Errno.Success;
            case ProcessCpuTime or ThreadCpuTime:
                nanoseconds = (ulong)Environment.CpuUsage.TotalTime.Ticks * 100;
                return Errno.Success;
            default:
                return Errno.Inval;
        }
    }

    /// <summary>Gets the resolution of clock <paramref name="id"/>; EINVAL for an unknown id.</summary>
    public static Errno Resolution(uint id, out ulong nanoseconds)
    {
        nanoseconds = id switch
        {
            Realtime => 100,
            Monotonic => Math.Max(1, (ulong)(1_000_000_000 / Stopwatch.Frequency)),
            ProcessCpuTime => 100,
            ThreadCpuTime => s_hasThreadClock ? 1UL : 100,
            _ => 0,
        };
        return nanoseconds == 0 ? Errno.Inval : Errno.Success;
    }

    /// <summary>Gets the monotonic clock in nanoseconds.</summary>
    public static ulong MonotonicNow()
    {
        var ticks = (ulong)Stopwatch.GetTimestamp();
        var frequency = (ulong)Stopwatch.Frequency;
        return frequency == 1_000_000_000 ? ticks : (ticks / frequency * 1_000_000_000) + (ticks % frequency * 1_000_000_000 / frequency);
    }

    private static bool TryThreadTime(out ulong nanoseconds)
    {
        nanoseconds = 0;
        try
        {
            if (ClockGetTime(LinuxThreadCpuClock, out var time) != 0)
            {
                return false;
            }

            nanoseconds = ((ulong)time.Seconds * 1_000_000_000) + (ulong)time.Nanoseconds;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The C <c>struct timespec</c> of 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
