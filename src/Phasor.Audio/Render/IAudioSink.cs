namespace Phasor.Audio.Render;

/// <summary>Where rendered audio goes: interleaved frames, block after block.</summary>
public interface IAudioSink
{
    /// <summary>Takes <paramref name="interleaved"/> (frames × channels); must copy what it keeps.</summary>
    void Write(ReadOnlySpan<float> interleaved);
}
