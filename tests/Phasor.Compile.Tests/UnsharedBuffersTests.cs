using Phasor.Audio.Reference;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>A plan rewritten with a buffer per value runs exactly as the shared one and never writes a buffer twice.</summary>
public sealed class UnsharedBuffersTests
{
    [Theory]
    [InlineData("sine.json")]
    [InlineData("fm.json")]
    [InlineData("complex.json")]
    public void AnExample_RendersTheSameFromUnsharedBuffers(string name)
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example(name)), new PlanOptions(48000, 128));

        var shared = Differential.Render(new ReferenceBackend(plan), 10000, 128);
        var unshared = Differential.Render(new ReferenceBackend(UnsharedBuffers.Of(plan)), 10000, 128);

        Assert.Equal(shared, unshared);
    }

    [Fact]
    public void EveryBufferIsWrittenByOneStepAtMost()
    {
        var plan = UnsharedBuffers.Of(Planner.Plan(Differential.Load(IlBackendTests.Example("complex.json")), new PlanOptions(48000, 128)));

        var written = plan.Nodes.SelectMany(n => n.Outputs).Concat(plan.Resamplers.Select(r => r.Output)).ToList();

        Assert.Equal(written.Count, written.Distinct().Count());
    }

    [Fact]
    public void OversampledNodesAndFeedback_RenderTheSameFromUnsharedBuffers()
    {
        var patch = Differential.Load("""
            { "nodes": [
                { "id": "s", "type": "saw", "freq": 220 },
                { "id": "sat", "type": "saturate", "in": "s", "drive": 4, "oversample": 4 },
                { "id": "sum", "type": "add", "a": "sat", "b": "fb" },
                { "id": "d", "type": "delay", "in": "sum", "time": 0.003 },
                { "id": "fb", "type": "gain", "in": "d", "level": 0.5 }
              ], "outputs": ["sat", "fb"] }
            """);
        var plan = Planner.Plan(patch, new PlanOptions(48000, 64));

        Assert.Equal(Differential.Render(new ReferenceBackend(plan), 6000, 64), Differential.Render(new ReferenceBackend(UnsharedBuffers.Of(plan)), 6000, 64));
    }
}
