namespace Phasor.Audio.Render;

/// <summary>Keeps rendered audio in memory, for tests and analysis.</summary>
public sealed class MemorySink : IAudioSink
{
    private readonly List<float> _samples = [];

    /// <summary>Everything written so far, interleaved.</summary>
    public float[] Samples => [.. _samples];

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<float> interleaved)
    {
        foreach (var s in interleaved)
        {
            _samples.Add(s);
        }
    }

    /// <summary>One channel of what was written.</summary>
    public float[] Channel(int channel, int channels)
    {
        var result = new float[_samples.Count / channels];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _samples[(i * channels) + channel];
        }

        return result;
    }
}
