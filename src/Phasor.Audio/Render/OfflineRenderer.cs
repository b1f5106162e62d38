using System.Diagnostics;
using Phasor.Graph.Execution;

namespace Phasor.Audio.Render;

/// <summary>
/// Renders a kernel as fast as it goes into a sink, measuring levels on the way. The loop allocates
/// nothing per block: buffers are sized once before it starts.
/// </summary>
public static class OfflineRenderer
{
    /// <summary>Minimum wall time between two progress reports.</summary>
    private const long ProgressIntervalMs = 50;

    /// <summary>
    /// Renders <see cref="RenderOptions.Seconds"/> of audio. <paramref name="progress"/>, if given,
    /// receives (frames done, total frames) about every 50 ms and once at the end. <paramref name="times"/>,
    /// if given, records how long each block's Process call took against the block's duration.
    /// </summary>
    public static RenderStats Render(IGraphKernel kernel, RenderOptions options, IAudioSink sink, Action<long, long>? progress = null, BlockTimes? times = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BlockSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BlockSize, kernel.MaxBlock);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Seconds);
        var total = (long)Math.Round(options.Seconds * kernel.SampleRate);
        var channels = kernel.Channels;
        var interleaved = new float[options.BlockSize * channels];
        var peak = new double[channels];
        var sumSquares = new double[channels];
        var nonFinite = new long[channels];
        var clock = Stopwatch.StartNew();
        var lastReport = 0L;
        for (long done = 0; done < total;)
        {
            var frames = (int)Math.Min(options.BlockSize, total - done);
            var started = Stopwatch.GetTimestamp();
            kernel.Process(frames);
            times?.Record(Stopwatch.GetElapsedTime(started), frames / kernel.SampleRate);
            for (var c = 0; c < channels; c++)
            {
                Interleave(kernel.Output(c), interleaved, c, channels, ref peak[c], ref sumSquares[c], ref nonFinite[c]);
            }

            sink.Write(interleaved.AsSpan(0, frames * channels));
            done += frames;
            if (progress is not null && clock.ElapsedMilliseconds - lastReport >= ProgressIntervalMs)
            {
                lastReport = clock.ElapsedMilliseconds;
                progress(done, total);
            }
        }

        clock.Stop();
        progress?.Invoke(total, total);
        var rms = new double[channels];
        for (var c = 0; c < channels; c++)
        {
            rms[c] = total > 0 ? Math.Sqrt(sumSquares[c] / total) : 0;
        }

        return new RenderStats(total, channels, kernel.SampleRate, peak, rms, clock.Elapsed, nonFinite);
    }

    /// <summary>Copies one channel into the interleaved block and adds its finite samples to the levels, counting the others.</summary>
    private static void Interleave(ReadOnlySpan<float> channel, float[] interleaved, int offset, int channels, ref double peak, ref double sumSquares, ref long nonFinite)
    {
        var p = peak;
        var s = sumSquares;
        for (var i = 0; i < channel.Length; i++)
        {
            var v = channel[i];
            interleaved[(i * channels) + offset] = v;
            if (!float.IsFinite(v))
            {
                // A NaN would make the peak NaN and an infinity the RMS infinite, hiding what the rest of the render did.
                nonFinite++;
                continue;
            }

            p = Math.Max(p, Math.Abs(v));
            s += (double)v * v;
        }

        peak = p;
        sumSquares = s;
    }
}
