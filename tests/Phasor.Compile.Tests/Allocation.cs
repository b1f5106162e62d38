namespace Phasor.Compile.Tests;

/// <summary>Measures the bytes warm runs of an action allocate on the current thread.</summary>
internal static class Allocation
{
    /// <summary>The least any of five runs of <paramref name="run"/> allocated.</summary>
    /// <remarks>
    /// The runtime can allocate on the rendering thread once, whatever the kernel does: the tier-up of a core library
    /// method the kernel calls, or the start of the JIT's background worker, which it creates on the thread that
    /// triggers it. That happens on a loaded machine at unpredictable times (a CI run once saw 4,992 B). An
    /// allocation made by the kernel itself recurs in every run, so the least of several is still non-zero.
    /// </remarks>
    public static long Least(Action run)
    {
        var least = long.MaxValue;
        for (var attempt = 0; attempt < 5 && least != 0; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
