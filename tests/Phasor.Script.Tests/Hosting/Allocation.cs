namespace Phasor.Script.Tests.Hosting;

/// <summary>Measures bytes allocated on the current thread by warm runs of an action.</summary>
internal static class Allocation
{
    /// <summary>The least any of several runs allocated: the JIT's tier-up (OSR) can allocate on the thread once.</summary>
    public static long Least(Action run)
    {
        var least = long.MaxValue;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
