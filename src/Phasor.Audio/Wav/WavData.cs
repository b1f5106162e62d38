namespace Phasor.Audio.Wav;

/// <summary>A decoded WAV file: its rate, channel count, how its samples were stored, and the samples as interleaved floats.</summary>
public sealed class WavData
{
    /// <summary>Bundles decoded audio; <paramref name="samples"/> is owned by this object afterwards.</summary>
    public WavData(int sampleRate, int channels, int bitsPerSample, bool isFloat, float[] samples)
    {
        SampleRate = sampleRate;
        Channels = channels;
        BitsPerSample = bitsPerSample;
        IsFloat = isFloat;
        Samples = samples;
    }

    /// <summary>Frames per second.</summary>
    public int SampleRate { get; }

    /// <summary>Samples per frame.</summary>
    public int Channels { get; }

    /// <summary>Bits per stored sample: 8, 16, 24 or 32 for PCM; 32 or 64 for float.</summary>
    public int BitsPerSample { get; }

    /// <summary>True when the file stored IEEE floats, false for integer PCM.</summary>
    public bool IsFloat { get; }

    /// <summary>
    /// Interleaved samples (frame by frame, channel by channel). Integer PCM is scaled symmetrically, full scale
    /// ±(2^(bits−1) − 1) to ±1, as <see cref="WavWriter"/> writes it; the one code below that reads as −1.
    /// </summary>
    public float[] Samples { get; }

    /// <summary>Number of frames.</summary>
    public int Frames => Samples.Length / Channels;

    /// <summary>The writer format that stores these samples the same way, or null when the writer has none (8-bit, 32-bit PCM, 64-bit float).</summary>
    public WavSampleFormat? Format => (IsFloat, BitsPerSample) switch
    {
        (false, 16) => WavSampleFormat.Pcm16,
        (false, 24) => WavSampleFormat.Pcm24,
        (true, 32) => WavSampleFormat.Float32,
        _ => null,
    };
}
