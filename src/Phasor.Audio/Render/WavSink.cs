using Phasor.Audio.Wav;

namespace Phasor.Audio.Render;

/// <summary>Streams rendered audio into a WAV file.</summary>
public sealed class WavSink(WavWriter writer) : IAudioSink
{
    /// <inheritdoc/>
    public void Write(ReadOnlySpan<float> interleaved) => writer.WriteInterleaved(interleaved);
}
