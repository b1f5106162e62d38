using System.Reflection;
using System.Runtime.CompilerServices;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>
/// The two copies of the dispatch loop (<c>VirtualMachine.Execute&lt;TCopy&gt;</c>): <see cref="Startup"/>, precompiled to
/// ReadyToRun, so a short script runs without JIT-compiling the loop; and <see cref="Hot"/>, JIT-compiled, which the
/// tiers turn into the fast loop (tag tests as constants, on-stack replacement, profile data) but which costs about
/// ten milliseconds to compile. A process starts in the startup copy; once scripts have run long enough to matter
/// (<see cref="HotAfterTicks"/>), the hot copy is compiled on a pool thread and every loop moves to it at its next
/// instruction. The hot copy is only ever instantiated through reflection, so crossgen2 does not precompile it.
/// </summary>
internal static class DispatchCopy
{
    /// <summary>Budget ticks (each <c>TickInterval</c> backward jumps or calls), process-wide, before the hot copy is compiled.</summary>
    public const int HotAfterTicks = 2;

    private static int s_ticks;
    private static int s_compiling;
    private static volatile HotExecute? s_hot;

    /// <summary>Calls the hot copy on a VM.</summary>
    public delegate JsValue HotExecute(VirtualMachine vm, JsValue accumulator);

    /// <summary>The hot copy once it is compiled; null until then.</summary>
    public static HotExecute? Hot => s_hot;

    /// <summary>Counts a budget tick; the <see cref="HotAfterTicks"/>-th starts compiling the hot copy on a pool thread.</summary>
    public static void Tick()
    {
        if (s_hot is null && Interlocked.Increment(ref s_ticks) >= HotAfterTicks && Interlocked.Exchange(ref s_compiling, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Compile(), null);
        }
    }

    /// <summary>Loops that moved from the startup copy to the hot one while running, in this process.</summary>
    public static int HandOvers => s_handOvers;

    private static int s_handOvers;

    /// <summary>Counts a loop that moved to the hot copy.</summary>
    public static void CountHandOver() => Interlocked.Increment(ref s_handOvers);

    /// <summary>
    /// For tests: back to a cold process (the startup copy, no ticks counted), so a hand-over can be watched. Only which
    /// copy runs changes, not what a script computes, so other engines running meanwhile are unaffected.
    /// </summary>
    internal static void Cool()
    {
        s_hot = null;
        s_ticks = 0;
        s_compiling = 0;
    }

    private static void Compile()
    {
        var method = typeof(VirtualMachine).GetMethod("Execute", BindingFlags.Instance | BindingFlags.NonPublic)!.MakeGenericMethod(typeof(HotCopy));
        RuntimeHelpers.PrepareMethod(method.MethodHandle, [typeof(HotCopy).TypeHandle]);
        s_hot = method.CreateDelegate<HotExecute>();
    }

    /// <summary>The precompiled copy's type argument.</summary>
    internal struct Startup;

    /// <summary>The JIT-compiled copy's type argument (named only here and in the reflection above).</summary>
    private struct HotCopy;
}
