namespace Phasor.Dsp.Kernels;

/// <summary>The type of a constant node parameter.</summary>
public enum ParamKind
{
    /// <summary>A real number.</summary>
    Number,

    /// <summary>A whole number (counts, seeds, sizes).</summary>
    Integer,

    /// <summary>A non-empty list of real numbers (sequencer steps).</summary>
    NumberList,

    /// <summary>One word out of <see cref="ParamSpec.Choices"/>; kernels see its index.</summary>
    Choice,
}
