namespace Phasor.Script.Collections;

/// <summary><c>Array.Resize</c> for arrays of the engine's own structs.</summary>
/// <remarks>
/// The core library's generic <c>Array.Resize</c> instantiated over a struct of this assembly is JIT-compiled on its
/// first call, which every engine's first evaluation makes; this copy loop is precompiled with the assembly. Growth
/// is amortised, so the element loop costs nothing that matters.
/// </remarks>
internal static class ArrayGrowth
{
    public static void Resize<T>(ref T[] array, int length)
    {
        var resized = new T[length];
        var kept = Math.Min(length, array.Length);
        for (var i = 0; i < kept; i++)
        {
            resized[i] = array[i];
        }

        array = resized;
    }
}
