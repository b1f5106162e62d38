namespace Phasor.Wasm.Model;

/// <summary>A linear memory's size limits in 64 KiB pages (spec 2.3.6).</summary>
/// <param name="Limits">The size range in pages.</param>
public readonly record struct MemoryType(Limits Limits)
{
    /// <summary>The size of a page in bytes.</summary>
    public const int PageSize = 65536;

    /// <summary>The largest page count a 32-bit memory may declare (4 GiB).</summary>
    public const uint MaxPages = 65536;
}
