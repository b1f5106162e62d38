using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Phasor.Audio.Bench;

/// <summary>
/// CPU time of the calling thread: what a render costs, whatever else the machine is doing.
/// Linux reads CLOCK_THREAD_CPUTIME_ID; elsewhere it falls back to wall time.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True when the figures are real thread CPU time rather than wall time.</summary>
    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time so far (or a wall clock when <see cref="IsCpuTime"/> is false).</summary>
    public static TimeSpan Now()
    {
        if (IsCpuTime && TryRead(out var t))
        {
            return t;
        }

        return Stopwatch.GetElapsedTime(0);
    }

    private static bool TryRead(out TimeSpan time)
    {
        time = default;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
