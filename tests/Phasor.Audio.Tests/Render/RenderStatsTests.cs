using Phasor.Audio.Render;
using Phasor.Audio.Tests.Support;

namespace Phasor.Audio.Tests.Render;

/// <summary>The levels a render reports, and the samples it could not measure.</summary>
public sealed class RenderStatsTests
{
    [Fact]
    public void StablePatch_HasNoNonFiniteSamples_AndItsLevels()
    {
        var stats = OfflineRenderer.Render(TestRender.Backend(TestRender.Example("fm.json")), new RenderOptions(0.5), new MemorySink());

        Assert.Equal(0, stats.NonFiniteTotal);
        Assert.InRange(stats.Peak[0], 0.3, 0.51);
    }

    [Fact]
    public void UnstablePatch_CountsItsNaNAndInfiniteSamples_AndKeepsTheLevelsOfTheOthers()
    {
        // A linear ladder past q 25 rings ever louder until it overflows.
        var patch = TestRender.Load("""
            { "nodes": [
                { "id": "osc", "type": "saw", "freq": 110 },
                { "id": "lp", "type": "ladder", "in": "osc", "cutoff": 1000, "q": 40, "saturate": 0 }
              ], "outputs": ["lp"] }
            """);

        var stats = OfflineRenderer.Render(TestRender.Backend(patch), new RenderOptions(2), new MemorySink());

        Assert.InRange(stats.NonFiniteTotal, 1, stats.Frames - 1);
        Assert.True(double.IsFinite(stats.Peak[0]) && stats.Peak[0] > 1, $"peak {stats.Peak[0]}");
        Assert.True(double.IsFinite(stats.Rms[0]), $"rms {stats.Rms[0]}");
    }
}
