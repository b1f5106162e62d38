namespace Phasor.Audio.Render;

/// <summary>What a render produced and how long it took.</summary>
/// <param name="Frames">Frames rendered.</param>
/// <param name="Channels">Channels rendered.</param>
/// <param name="SampleRate">Sample rate in Hz.</param>
/// <param name="Peak">Peak absolute sample per channel (linear), of the finite samples.</param>
/// <param name="Rms">RMS per channel (linear), of the finite samples over all frames.</param>
/// <param name="RenderTime">Wall time spent in the render loop.</param>
/// <param name="NonFinite">Samples per channel that were NaN or infinite: an unstable patch (WAV files get silence for NaN, full scale for infinity).</param>
public sealed record RenderStats(long Frames, int Channels, double SampleRate, double[] Peak, double[] Rms, TimeSpan RenderTime, long[] NonFinite)
{
    /// <summary>Samples over all channels that were NaN or infinite.</summary>
    public long NonFiniteTotal => NonFinite.Sum();

    /// <summary>Length of the audio in seconds.</summary>
    public double Seconds => Frames / SampleRate;

    /// <summary>Seconds of audio per second of rendering.</summary>
    public double RealtimeFactor => RenderTime.TotalSeconds > 0 ? Seconds / RenderTime.TotalSeconds : double.PositiveInfinity;

    /// <summary>Peak in dBFS per channel (-inf for silence).</summary>
    public double[] PeakDbfs => [.. Peak.Select(Dsp.Decibels.FromAmplitude)];

    /// <summary>RMS in dBFS per channel (-inf for silence).</summary>
    public double[] RmsDbfs => [.. Rms.Select(Dsp.Decibels.FromAmplitude)];
}
