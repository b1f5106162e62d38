using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Kernels;

/// <summary>
/// Consecutive frames of a wire as vectors, for the span forms (<see cref="NodeKernel.SpanForm"/>): sixteen floats
/// loaded as two vectors of doubles and written back rounded to float, frame indices, and running sums.
/// Callers check <see cref="Vector512.IsHardwareAccelerated"/> and that the sixteen frames lie inside the span.
/// </summary>
public static class FrameVectors
{
    /// <summary>Frames per step: one vector of floats, two of doubles.</summary>
    public const int Width = 16;

    /// <summary>0, 1, ..., 7: element k of the first vector of a step is frame start + k.</summary>
    public static Vector512<double> Indices
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector512.Create(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
    }

    /// <summary>Frames <paramref name="start"/> to start + 15 of <paramref name="wire"/> as doubles (exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<double> Low, Vector512<double> High) Load(ReadOnlySpan<float> wire, int start) =>
        Vector512.Widen(Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(wire), (nuint)start));

    /// <summary>Frames <paramref name="start"/> to start + 15 of <paramref name="wire"/> as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LoadSingle(ReadOnlySpan<float> wire, int start) =>
        Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(wire), (nuint)start);

    /// <summary>Writes sixteen frames from <paramref name="start"/>, each double rounded to float as a cast would.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Span<float> wire, int start, Vector512<double> low, Vector512<double> high) =>
        Vector512.Narrow(low, high).StoreUnsafe(ref MemoryMarshal.GetReference(wire), (nuint)start);

    /// <summary>Writes sixteen frames from <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Span<float> wire, int start, Vector512<float> frames) =>
        frames.StoreUnsafe(ref MemoryMarshal.GetReference(wire), (nuint)start);

    /// <summary>Element k is x0 + ... + xk, summed as a tree (three shifted adds), not left to right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> RunningSum(Vector512<double> x)
    {
        // Shuffle gives 0 for an index past the last element, which makes each shuffle a shift that fills with zeros.
        x += Vector512.Shuffle(x, Vector512.Create(8L, 0, 1, 2, 3, 4, 5, 6));
        x += Vector512.Shuffle(x, Vector512.Create(8L, 8, 0, 1, 2, 3, 4, 5));
        x += Vector512.Shuffle(x, Vector512.Create(8L, 8, 8, 8, 0, 1, 2, 3));
        return x;
    }

    /// <summary>Element k is element k − 1 of <paramref name="x"/>, element 0 is 0: a running sum made exclusive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Earlier(Vector512<double> x) => Vector512.Shuffle(x, Vector512.Create(8L, 0, 1, 2, 3, 4, 5, 6));

    /// <summary>The last element in every element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Last(Vector512<double> x) => Vector512.Shuffle(x, Vector512.Create(7L));

    /// <summary>
    /// For a tick form that caches a function of its input and recomputes when the input != the cached input: the last
    /// frame before <paramref name="end"/> that recomputes, given the cached input before frame 0, or -1 when none does.
    /// After every frame the cache equals that frame's input (or both are NaN), so a frame recomputes exactly when it
    /// differs from the frame before; the cache after <paramref name="end"/> frames is the input of the frame returned.
    /// </summary>
    public static int LastChange(ReadOnlySpan<float> input, int end, float cached)
    {
        for (var j = end - 1; j > 0; j--)
        {
            if (input[j] != input[j - 1])
            {
                return j;
            }
        }

        return end > 0 && input[0] != cached ? 0 : -1;
    }
}
