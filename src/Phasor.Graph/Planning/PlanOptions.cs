namespace Phasor.Graph.Planning;

/// <summary>What a plan is made for: the base sample rate and the largest block a backend will be asked for.</summary>
/// <param name="SampleRate">Base sample rate in Hz.</param>
/// <param name="MaxBlock">Largest frame count of one process call, 1 to 4096.</param>
public sealed record PlanOptions(double SampleRate = 48000, int MaxBlock = 128)
{
    /// <summary>Largest block size Phasor plans for.</summary>
    public const int MaxBlockLimit = 4096;

    /// <summary>The sample rates offline render accepts.</summary>
    public static IReadOnlyList<int> SupportedRates { get; } = [44100, 48000, 96000];
}
