namespace Phasor.Audio.Wav;

/// <summary>How <see cref="WavWriter"/> stores samples.</summary>
public enum WavSampleFormat
{
    /// <summary>16-bit signed integer PCM (format tag 1).</summary>
    Pcm16,

    /// <summary>24-bit signed integer PCM (format tag 1).</summary>
    Pcm24,

    /// <summary>32-bit IEEE float (format tag 3), written unclipped.</summary>
    Float32,
}
