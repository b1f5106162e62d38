namespace Phasor.Audio.Render;

/// <summary>What a render produced and how long it took.</summary>
/// <param name="Frames">Frames rendered.</param>
/// <param name="Channels">Channels rendered.</param>
/// <param name="SampleRate">Sample rate in Hz.</param>
/// <param name="Peak">Peak absolute sample per channel (linear).</param>
/// <param name="Rms">RMS per channel (linear).</param>
/// <param name="RenderTime">Wall time spent in the render loop.</param>
public sealed record RenderStats(long Frames, int Channels, double SampleRate, double[] Peak, double[] Rms, TimeSpan RenderTime)
{
    /// <summary>Length of the audio in seconds.</summary>
    public double Seconds => Frames / SampleRate;

    /// <summary>Seconds of audio per second of rendering.</summary>
    public double RealtimeFactor => RenderTime.TotalSeconds > 0 ? Seconds / RenderTime.TotalSeconds : double.PositiveInfinity;

    /// <summary>Peak in dBFS per channel (-inf for silence).</summary>
    public double[] PeakDbfs => [.. Peak.Select(Dsp.Decibels.FromAmplitude)];

    /// <summary>RMS in dBFS per channel (-inf for silence).</summary>
    public double[] RmsDbfs => [.. Rms.Select(Dsp.Decibels.FromAmplitude)];
}
