namespace Phasor.Audio.Render;

/// <summary>Discards audio: for benchmarks and allocation tests.</summary>
public sealed class NullSink : IAudioSink
{
    /// <summary>The shared instance.</summary>
    public static NullSink Instance { get; } = new();

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<float> interleaved)
    {
    }
}
