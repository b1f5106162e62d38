using Phasor.Audio.Render;
using Phasor.Audio.Tests.Support;

namespace Phasor.Audio.Tests.Render;

public sealed class AllocationTests
{
    [Theory]
    [InlineData("sine.json")]
    [InlineData("fm.json")]
    [InlineData("complex.json")]
    public void RenderingAnExample_AllocatesNothingPerBlockAfterWarmUp(string example)
    {
        var backend = Support.TestRender.Backend(Support.TestRender.Example(example));
        for (var i = 0; i < 200; i++)
        {
            backend.Process(128);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            backend.Process(128);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void OfflineRenderLoop_AllocatesOnlyItsSetup()
    {
        var backend = Support.TestRender.Backend(Support.TestRender.Example("complex.json"));
        OfflineRenderer.Render(backend, new RenderOptions(0.5), NullSink.Instance);

        var before = GC.GetAllocatedBytesForCurrentThread();
        OfflineRenderer.Render(backend, new RenderOptions(5), NullSink.Instance);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Ten times as many blocks as the warm-up, yet only the fixed setup (buffers, stats) is allocated.
        Assert.InRange(allocated, 0, 4096);
    }
}
