using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>The heap limit of one engine: stops a script whose evaluation grows the managed heap past a number of bytes.</summary>
/// <remarks>
/// There is no per-engine heap in .NET, so the guard measures what it can cheaply: the growth of the process's managed
/// heap since the outermost entry into the engine began (<see cref="Enter"/>), confirmed after a full collection before
/// it stops anything, so garbage never counts. Two kinds of check keep the hot path free of it:
/// <list type="bullet">
/// <item>Large allocations (dense array growth, long strings, Map and Set tables) are announced before they happen
/// through <see cref="Reserve"/>, which checks them exactly; allocations under <see cref="LargeAllocation"/> return at
/// once. So <c>s = s + s</c> or <c>"x".repeat(2 ** 28)</c> stop before the allocation that would exceed the limit.</item>
/// <item>Many small allocations (<c>for (;;) a.push({ x: 1 })</c>) are caught by <see cref="Sample"/>, which the VM
/// calls where it checks its instruction budget: it reads the thread's allocation counter and measures the heap only
/// after the thread allocated another <c>limit / 8</c> bytes.</item>
/// </list>
/// The active guard is per thread (an engine runs on one thread at a time), so runtime code without a realm at hand
/// (array growth) can reach it. Exceeding the limit throws <see cref="HeapLimitExceededException"/>, which scripts
/// cannot catch; the engine reports it like an exhausted instruction budget.
/// </remarks>
internal sealed class HeapGuard
{
    /// <summary>Allocations below this many bytes are left to sampling.</summary>
    public const long LargeAllocation = 1 << 20;

    /// <summary>The longest string, in UTF-16 code units, as in V8 on 64-bit hosts (2^29 - 24).</summary>
    public const int MaxStringLength = (1 << 29) - 24;

    private const long MinSampleStep = 1 << 20;
    private const long MaxSampleStep = 64 << 20;

    [ThreadStatic]
    private static HeapGuard? t_current;

    private long _baseline;
    private long _nextSample;
    private long _sampleStep;

    /// <summary>Gets or sets the limit in bytes; 0 or less disables the guard.</summary>
    public long Limit { get; set; }

    /// <summary>Activates this guard on the calling thread and measures the baseline; returns the guard to restore.</summary>
    public HeapGuard? Enter()
    {
        var previous = t_current;
        t_current = this;
        _baseline = GC.GetTotalMemory(forceFullCollection: false);
        _sampleStep = Math.Clamp(Limit / 8, MinSampleStep, MaxSampleStep);
        _nextSample = GC.GetAllocatedBytesForCurrentThread() + _sampleStep;
        return previous;
    }

    /// <summary>Restores the guard that was active before the matching <see cref="Enter"/>.</summary>
    public static void Exit(HeapGuard? previous) => t_current = previous;

    /// <summary>The periodic check: cheap unless the thread allocated a sample step's worth since the last one.</summary>
    public static void Sample()
    {
        var guard = t_current;
        if (guard is null || guard.Limit <= 0 || GC.GetAllocatedBytesForCurrentThread() < guard._nextSample)
        {
            return;
        }

        guard.Check(0);
        guard._nextSample = GC.GetAllocatedBytesForCurrentThread() + guard._sampleStep;
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
        if (length >= LargeAllocation / 2)
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
        if (guard is not null && guard.Limit > 0)
        {
            guard.Check(bytes);
        }
    }

    private void Check(long extra)
    {
        if (GC.GetTotalMemory(forceFullCollection: false) - _baseline + extra <= Limit)
        {
            return;
        }

        // Over the limit by the cheap measure, which counts garbage: collect, then measure what is live.
        GC.Collect();
        if (GC.GetTotalMemory(forceFullCollection: false) - _baseline + extra > Limit)
        {
            throw new HeapLimitExceededException(Limit);
        }
    }
}
