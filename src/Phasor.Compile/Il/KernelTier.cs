namespace Phasor.Compile.Il;

/// <summary>
/// One runnable form of a kernel: the block function, the runner for the units it leaves to block kernels, and the
/// live-constant slots it reads. <see cref="Compiled"/> is false for the quick tier (ticks called, not inlined).
/// </summary>
internal sealed class KernelTier(KernelBody body, BlockRunner runner, double[] live, bool compiled)
{
    public KernelBody Body { get; } = body;

    public BlockRunner Runner { get; } = runner;

    public double[] Live { get; } = live;

    public bool Compiled { get; } = compiled;

    /// <summary>Compiled units in the tier.</summary>
    public int Units { get; set; }

    /// <summary>Of <see cref="Units"/>, those found in the <see cref="UnitCache"/>.</summary>
    public int Reused { get; set; }
}
