using System.Reflection.Emit;

namespace Phasor.Compile.Il;

/// <summary>
/// Compiled kernel methods by their exact IL (<see cref="IlRecorder.Key"/>). Re-evaluating a patch in a live session
/// mostly rebuilds units whose code has not changed: those get the method compiled before, already JIT-compiled,
/// so only new or changed units pay for the JIT. The methods take all their data as arguments (state arena,
/// buffers, live constants), so one method serves any number of kernels. Bounded: past
/// <see cref="Capacity"/> methods it starts over, and the dropped methods are collected once no kernel uses them.
/// </summary>
internal static class UnitCache
{
    /// <summary>Most methods kept.</summary>
    public const int Capacity = 512;

    private static readonly Dictionary<string, Delegate> s_methods = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    /// <summary>The method <paramref name="il"/> records, from the cache or newly built (then cached).</summary>
    public static T Get<T>(IlRecorder il, string name, Type[] parameters, out bool reused)
        where T : Delegate
    {
        var key = $"{typeof(T).FullName}\n{il.Key}";
        lock (s_lock)
        {
            if (s_methods.TryGetValue(key, out var cached))
            {
                reused = true;
                return (T)cached;
            }
        }

        reused = false;

        var method = new DynamicMethod(name, typeof(void), parameters, typeof(UnitCache).Module, skipVisibility: true);
        il.Replay(method.GetILGenerator());
        var built = method.CreateDelegate<T>();
        lock (s_lock)
        {
            if (s_methods.Count >= Capacity)
            {
                s_methods.Clear();
            }

            s_methods.TryAdd(key, built);
        }

        return built;
    }

    /// <summary>Forgets every method (for measuring the cost of a compile that finds nothing cached).</summary>
    public static void Clear()
    {
        lock (s_lock)
        {
            s_methods.Clear();
        }
    }
}
