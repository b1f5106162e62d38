namespace Phasor.Graph.Planning;

/// <summary>A halfband up- or down-sampler inserted where a wire crosses between oversampling factors.</summary>
/// <param name="Input">Buffer read (at the source rate).</param>
/// <param name="Output">Buffer written (at the target rate).</param>
/// <param name="SourceFactor">Oversampling factor of the input.</param>
/// <param name="TargetFactor">Oversampling factor of the output.</param>
/// <param name="StateOffset">Start of the resampler's filter memory in the state arena.</param>
/// <param name="StateSize">Doubles of filter memory.</param>
public sealed record Resampler(int Input, int Output, int SourceFactor, int TargetFactor, int StateOffset, int StateSize)
{
    /// <summary>True when going to a higher rate.</summary>
    public bool IsUp => TargetFactor > SourceFactor;

    /// <summary>The ratio between the rates (2, 4 or 8).</summary>
    public int Ratio => IsUp ? TargetFactor / SourceFactor : SourceFactor / TargetFactor;
}
