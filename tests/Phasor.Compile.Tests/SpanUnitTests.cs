using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>Which nodes the IL backend runs through their span forms, and that doing so renders like the reference.</summary>
public sealed class SpanUnitTests
{
    [Fact]
    public void FmFixture_RunsEveryNodeAsASpan()
    {
        var kernel = new IlBackend(Planner.Plan(Differential.Load(IlBackendTests.Example("fm.json")), new PlanOptions(48000, 128)));

        Assert.Equal(["amp", "carrier", "deviation", "envA", "envI", "gate", "indexed", "mod", "vca"], kernel.SpanNodes.Order());
        Assert.Empty(kernel.FusedNodes);
    }

    [Fact]
    public void Voices_StayLanes_AndOversampledOrFeedbackNodes_StayFused()
    {
        var complex = new IlBackend(Planner.Plan(Differential.Load(IlBackendTests.Example("complex.json")), new PlanOptions(48000, 128)));
        var oversampled = new IlBackend(Planner.Plan(Differential.Load(OversampledKernelTests.Chain), new PlanOptions(48000, 128)));

        // The voices' nodes are v1... to v8...; "voices", the mix of them, runs after the lanes and is a span.
        Assert.DoesNotContain(complex.SpanNodes, id => id[0] == 'v' && char.IsAsciiDigit(id[1]));
        Assert.Contains("voices", complex.SpanNodes);
        Assert.Contains("outL", complex.SpanNodes);
        Assert.DoesNotContain("sat", oversampled.SpanNodes);
    }

    [Theory]
    [InlineData("sine.json", 128)]
    [InlineData("fm.json", 128)]
    [InlineData("fm.json", 37)]
    [InlineData("complex.json", 128)]
    public void SwitchingTiersEveryFewBlocks_SoundsLikeTheCompiledCodeAloneAndTheReference(string name, int block)
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example(name)), new PlanOptions(48000, 128));
        var reference = Differential.Render(new ReferenceBackend(plan), 24000, block);
        var alone = Differential.Render(new IlBackend(plan), 24000, block);

        var switching = new IlBackend(plan);
        var rendered = new float[plan.Channels][];
        for (var c = 0; c < rendered.Length; c++)
        {
            rendered[c] = new float[24000];
        }

        for (int done = 0, b = 0; done < 24000; done += block, b++)
        {
            if (b % 7 is 2 or 5)
            {
                switching.SwitchTier(quick: b % 7 == 2);
            }

            var n = Math.Min(block, 24000 - done);
            switching.Process(n);
            for (var c = 0; c < rendered.Length; c++)
            {
                switching.Output(c).CopyTo(rendered[c].AsSpan(done, n));
            }
        }

        for (var c = 0; c < rendered.Length; c++)
        {
            Assert.Equal(alone[c], rendered[c]);
            for (var i = 0; i < 24000; i++)
            {
                Assert.True(Math.Abs(reference[c][i] - rendered[c][i]) <= 1e-5, $"channel {c}, frame {i}: {rendered[c][i]} against {reference[c][i]}");
            }
        }
    }
}
