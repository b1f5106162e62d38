using Phasor.Audio.Reference;
using Phasor.Audio.Render;
using Phasor.Graph;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Audio.Tests.Support;

/// <summary>Plans and renders patches on the reference backend for tests.</summary>
public static class TestRender
{
    public static Patch Load(string json)
    {
        var result = PatchLoader.Load(json, "test.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Patch!;
    }

    public static Patch Example(string name)
    {
        var path = Path.Combine(RepoPaths.Examples, name);
        var result = PatchLoader.Load(File.ReadAllText(path), path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Patch!;
    }

    public static ReferenceBackend Backend(Patch patch, int block = 128, double rate = 48000) =>
        new(Planner.Plan(patch, new PlanOptions(rate, block)));

    /// <summary>Renders every channel, planar.</summary>
    public static float[][] Channels(Patch patch, double seconds, int block = 128, double rate = 48000)
    {
        var backend = Backend(patch, block, rate);
        var sink = new MemorySink();
        OfflineRenderer.Render(backend, new RenderOptions(seconds, block), sink);
        return [.. Enumerable.Range(0, backend.Channels).Select(c => sink.Channel(c, backend.Channels))];
    }

    /// <summary>Renders channel 0 of a JSON patch.</summary>
    public static float[] Mono(string json, double seconds, int block = 128, double rate = 48000) => Channels(Load(json), seconds, block, rate)[0];

    public static double Peak(ReadOnlySpan<float> x)
    {
        double peak = 0;
        foreach (var v in x)
        {
            peak = Math.Max(peak, Math.Abs(v));
        }

        return peak;
    }

    public static double Rms(ReadOnlySpan<float> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += (double)v * v;
        }

        return Math.Sqrt(sum / x.Length);
    }

    /// <summary>Frequency from the spacing of upward zero crossings.</summary>
    public static double Frequency(ReadOnlySpan<float> x, double rate)
    {
        double first = -1, last = -1;
        var count = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (x[i - 1] < 0 && x[i] >= 0)
            {
                var t = i - 1 + (x[i - 1] / (double)(x[i - 1] - x[i]));
                first = first < 0 ? t : first;
                last = t;
                count++;
            }
        }

        return count < 2 ? 0 : (count - 1) * rate / (last - first);
    }
}
