using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>The heap limit of one engine: stops a script whose evaluation grows the managed heap past a number of bytes.</summary>
/// <remarks>
/// There is no per-engine heap in .NET, so the guard measures what it can cheaply: the growth of the process's managed
/// heap since the outermost entry into the engine began (<see cref="Enter"/>), confirmed after a full collection before
/// it stops anything, so garbage never counts. Measuring is rare: the live heap cannot have grown by more than the
/// thread allocated, so after each measurement the guard only reads the thread's allocation counter until the thread
/// has allocated the headroom that measurement left (at least <see cref="MinStep"/>). It reads the counter at two
/// kinds of place, which keeps the hot path free of it:
/// <list type="bullet">
/// <item>Large allocations (dense array growth, long strings, Map and Set tables) are announced before they happen
/// through <see cref="Reserve"/>, so <c>s = s + s</c> or <c>"x".repeat(2 ** 28)</c> stop before the allocation that
/// would exceed the limit; allocations under <see cref="LargeAllocation"/> return at once.</item>
/// <item>Many small allocations (<c>for (;;) a.push({ x: 1 })</c>) are caught by <see cref="Sample"/>, which the VM
/// calls where it checks its instruction budget (every 4096 backward jumps and calls), so a script may overshoot the
/// limit by what that many loop iterations allocate in small objects.</item>
/// </list>
/// The active guard is per thread (an engine runs on one thread at a time), so runtime code without a realm at hand
/// (array growth) can reach it. Exceeding the limit throws <see cref="HeapLimitExceededException"/>, which scripts
/// cannot catch; the engine reports it like an exhausted instruction budget.
/// </remarks>
internal sealed class HeapGuard
{
    /// <summary>Allocations below this many bytes are left to sampling.</summary>
    public const long LargeAllocation = 64 << 10;

    /// <summary>The longest string, in UTF-16 code units, as in V8 on 64-bit hosts (2^29 - 24).</summary>
    public const int MaxStringLength = (1 << 29) - 24;

    /// <summary>The least allocation between two measurements, so a script living near its limit does not collect constantly.</summary>
    private const long MinStep = 1 << 20;

    [ThreadStatic]
    private static HeapGuard? t_current;

    private long _baseline;
    private long _nextCheck;

    /// <summary>Gets or sets the limit in bytes; 0 or less disables the guard.</summary>
    public long Limit { get; set; }

    /// <summary>Activates this guard on the calling thread and measures the baseline; returns the guard to restore.</summary>
    public HeapGuard? Enter()
    {
        var previous = t_current;
        t_current = this;
        _baseline = GC.GetTotalMemory(forceFullCollection: false);
        _nextCheck = GC.GetAllocatedBytesForCurrentThread() + Math.Max(Limit, MinStep);
        return previous;
    }

    /// <summary>Restores the guard that was active before the matching <see cref="Enter"/>.</summary>
    public static void Exit(HeapGuard? previous) => t_current = previous;

    /// <summary>The periodic check: reads the thread's allocation counter, and measures only past the headroom.</summary>
    public static void Sample()
    {
        var guard = t_current;
        if (guard is not null && guard.Limit > 0 && GC.GetAllocatedBytesForCurrentThread() >= guard._nextCheck)
        {
            guard.Measure(0);
        }
    }

    /// <summary>Announces an allocation of <paramref name="bytes"/>; throws if it would take the heap past the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Reserve(long bytes)
    {
        if (bytes >= LargeAllocation)
        {
            ReserveLarge(bytes);
        }
    }

    /// <summary>Announces a string of <paramref name="length"/> code units: RangeError past V8's maximum length, then the heap check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReserveString(Realm realm, long length)
    {
        if (length >= LargeAllocation / sizeof(char))
        {
            ReserveLongString(realm, length);
        }
    }

    /// <summary>Announces an array of <paramref name="count"/> values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReserveValues(long count) => Reserve(count * Unsafe.SizeOf<JsValue>());

    private static void ReserveLongString(Realm realm, long length)
    {
        if (length > MaxStringLength)
        {
            Throw.RangeError(realm, ErrorMessages.InvalidStringLength);
        }

        ReserveLarge(length * sizeof(char));
    }

    private static void ReserveLarge(long bytes)
    {
        var guard = t_current;
        if (guard is not null && guard.Limit > 0 && GC.GetAllocatedBytesForCurrentThread() + bytes >= guard._nextCheck)
        {
            guard.Measure(bytes);
        }
    }

    /// <summary>Measures the heap's growth (collecting first if the cheap measure, which counts garbage, is over) and sets the next check.</summary>
    private void Measure(long extra)
    {
        var used = GC.GetTotalMemory(forceFullCollection: false) - _baseline;
        if (used + extra > Limit)
        {
            GC.Collect();
            used = GC.GetTotalMemory(forceFullCollection: false) - _baseline;
            if (used + extra > Limit)
            {
                throw new HeapLimitExceededException(Limit);
            }
        }

        _nextCheck = GC.GetAllocatedBytesForCurrentThread() + Math.Max(Limit - used, MinStep);
    }
}
