namespace Phasor.Compile.Il;

/// <summary>How the compiled kernel runs a run of plan steps.</summary>
internal enum UnitKind
{
    /// <summary>Tick forms fused into one loop over the frames (times the members' oversampling factor), wires in locals.</summary>
    Fused,

    /// <summary>One node step run over the whole block through its block kernel (tick-less nodes).</summary>
    Block,

    /// <summary>A feedback group with a tick-less node, run frame by frame through block kernels.</summary>
    Group,

    /// <summary>Identical voices run as the lanes of vector ticks (<see cref="KernelLayout.Lanes"/>), one loop over the frames.</summary>
    Lanes,

    /// <summary>One node step run over the whole block through its span form (<see cref="KernelLayout.Spans"/>), vectorised across time.</summary>
    Span,

    /// <summary>One resampler step: a direct call to the oversampler's path for its ratio and direction.</summary>
    Resample,
}
