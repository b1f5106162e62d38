namespace Phasor.Compile.Il;

/// <summary>
/// Wire buffers whose first sample sits on a 64-byte boundary, so that the span forms' 16-float vectors never straddle
/// two cache lines. The arrays are pinned (a moving collector would undo the alignment): allocated on the pinned object
/// heap, a few times over until one lands aligned.
/// </summary>
internal static class WireBuffers
{
    private const int Alignment = 64;

    /// <summary>One aligned, pinned, zeroed buffer of <paramref name="length"/> samples.</summary>
    public static float[] Allocate(int length)
    {
        // Pinned arrays are 8-byte aligned, so one in eight lands on a boundary; the misses are dropped.
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var buffer = GC.AllocateArray<float>(length, pinned: true);
            if (IsAligned(buffer))
            {
                return buffer;
            }
        }

        return GC.AllocateArray<float>(length, pinned: true);
    }

    private static unsafe bool IsAligned(float[] buffer)
    {
        fixed (float* data = buffer)
        {
            return ((nuint)data % Alignment) == 0;
        }
    }
}
