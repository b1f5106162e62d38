using Phasor.Graph.Planning;
using Phasor.Graph.Tests.Support;

namespace Phasor.Graph.Tests.Planning;

public sealed class PlannerTests
{
    private static Plan PlanOf(string json, int block = 64) => Planner.Plan(Patches.Read(json), new PlanOptions(48000, block), TestNodes.Catalogue);

    private static string[] Order(Plan plan) =>
        [.. plan.Stages.SelectMany(s => s.Steps).Select(s => s.Kind == StepKind.Resample ? "resample" : (s.Kind == StepKind.Process ? "" : s.Kind.ToString().ToLowerInvariant() + " ") + plan.Nodes[s.Target].Def.Id)];

    [Fact]
    public void Order_IsTopologicalWhateverTheFileOrder()
    {
        var plan = PlanOf("""
            { "nodes": [
                { "id": "out", "type": "gain", "in": "mid" },
                { "id": "mid", "type": "gain", "in": "src" },
                { "id": "src", "type": "sine" }
              ], "outputs": ["out"] }
            """);

        Assert.Equal(["src", "mid", "out"], Order(plan));
        Assert.All(plan.Stages, s => Assert.False(s.IsFeedbackGroup));
    }

    [Fact]
    public void IndependentNodes_KeepFileOrder()
    {
        var plan = PlanOf("""
            { "nodes": [ { "id": "b", "type": "sine" }, { "id": "a", "type": "sine" }, { "id": "c", "type": "sine" } ],
              "outputs": ["a", "b", "c"] }
            """);

        Assert.Equal(["b", "a", "c"], Order(plan));
    }

    [Fact]
    public void Buffers_AreReusedOnceAWireIsDead()
    {
        // A chain of eight gains needs only two wire buffers: each stage's input dies as its output is born.
        var nodes = string.Join(",\n", Enumerable.Range(1, 8).Select(i => $$"""{ "id": "g{{i}}", "type": "gain", "in": "g{{i - 1}}" }"""));
        var plan = PlanOf($$"""{ "nodes": [ { "id": "g0", "type": "sine" }, {{nodes}} ], "outputs": ["g8"] }""");

        var wireBuffers = plan.Nodes.SelectMany(n => n.Outputs).Distinct().Count();
        Assert.Equal(2, wireBuffers);
        foreach (var node in plan.Nodes)
        {
            // A node never writes into a buffer it reads.
            Assert.DoesNotContain(node.Outputs[0], node.Inputs.Select(i => i.Buffer));
        }
    }

    [Fact]
    public void Buffers_OfLiveWiresAreNeverShared()
    {
        var plan = PlanOf("""
            { "nodes": [
                { "id": "a", "type": "sine" },
                { "id": "b", "type": "sine" },
                { "id": "c", "type": "sine" },
                { "id": "ab", "type": "mul", "a": "a", "b": "b" },
                { "id": "abc", "type": "mul", "a": "ab", "b": "c" }
              ], "outputs": ["abc"] }
            """);

        var byId = plan.Nodes.ToDictionary(n => n.Def.Id, n => n.Outputs[0]);
        Assert.Equal(3, new[] { byId["a"], byId["b"], byId["c"] }.Distinct().Count());
        Assert.NotEqual(byId["ab"], byId["c"]);
    }

    [Fact]
    public void NoWireNeedsZeroing_WhenEveryWireHasAWriter_ButSilentChannelsDo()
    {
        var plan = PlanOf("""{ "nodes": [ { "id": "a", "type": "sine" } ], "outputs": ["a", null] }""");

        var zeroed = Enumerable.Range(0, plan.Buffers.Length).Where(i => plan.Buffers[i].NeedsZeroing).ToArray();
        Assert.Equal([plan.OutputBuffers[1]], zeroed);
    }

    [Fact]
    public void FeedbackLoop_BecomesAGroupWithTheDelaySplitAroundIt()
    {
        var plan = PlanOf("""
            { "nodes": [
                { "id": "src", "type": "sine" },
                { "id": "sum", "type": "add", "a": "src", "b": "fb" },
                { "id": "fb", "type": "gain", "in": "d", "level": 0.5 },
                { "id": "d", "type": "delay", "in": "sum", "time": 0.001 },
                { "id": "after", "type": "gain", "in": "sum" }
              ], "outputs": ["after"] }
            """);

        Assert.Equal(["src", "read d", "fb", "sum", "write d", "after"], Order(plan));
        Assert.Equal([false, true, false], plan.Stages.Select(s => s.IsFeedbackGroup));
    }

    [Fact]
    public void DelayOutsideALoop_IsOneProcessStep()
    {
        var plan = PlanOf("""{ "nodes": [ { "id": "s", "type": "sine" }, { "id": "d", "type": "delay", "in": "s" } ], "outputs": ["d"] }""");

        Assert.Equal(["s", "d"], Order(plan));
    }

    [Fact]
    public void State_SlicesAreDisjointAndCacheLineAligned()
    {
        var plan = PlanOf("""
            { "nodes": [
                { "id": "s", "type": "sine" },
                { "id": "d", "type": "delay", "in": "s", "maxTime": 0.01 },
                { "id": "f", "type": "biquad", "in": "d" }
              ], "outputs": ["f"] }
            """);

        var slices = plan.Nodes.Select(n => (n.StateOffset, End: n.StateOffset + n.StateSize)).OrderBy(s => s.StateOffset).ToArray();
        Assert.All(slices, s => Assert.Equal(0, s.StateOffset % 8));
        for (var i = 1; i < slices.Length; i++)
        {
            Assert.True(slices[i].StateOffset >= slices[i - 1].End);
        }

        Assert.True(plan.StateSize >= slices[^1].End);
        Assert.True(plan.Nodes[1].StateSize >= 480, "a 10 ms line at 48 kHz holds 480 samples");
    }

    [Fact]
    public void Oversampling_InsertsOneResamplerPerCrossing()
    {
        var plan = PlanOf("""
            { "nodes": [
                { "id": "s", "type": "sine" },
                { "id": "a", "type": "gain", "in": "s", "oversample": 4 },
                { "id": "b", "type": "gain", "in": "a", "oversample": 4 },
                { "id": "c", "type": "gain", "in": "s", "oversample": 4 }
              ], "outputs": ["b", "c"] }
            """);

        // s -> 4x is shared by a and c; a -> b stays at 4x; b and c each come down to 1x for the output.
        Assert.Equal(3, plan.Resamplers.Length);
        Assert.Single(plan.Resamplers, r => r.IsUp && r.Ratio == 4);
        Assert.Equal(2, plan.Resamplers.Count(r => !r.IsUp));
        Assert.Equal(64 * 4, plan.Buffers[plan.Nodes[1].Outputs[0]].Length);
        Assert.Equal(192000, plan.Nodes[1].Setup.SampleRate);
    }

    [Fact]
    public void ConstantInputs_HaveBuffersOfTheirOwn()
    {
        var plan = PlanOf("""{ "nodes": [ { "id": "a", "type": "sine", "freq": 100 }, { "id": "b", "type": "sine", "freq": 100 } ], "outputs": ["a", "b"] }""");

        var constants = plan.Nodes.SelectMany(n => n.Inputs).Where(i => i.IsConstant).ToArray();
        Assert.Equal(constants.Length, constants.Select(c => c.Buffer).Distinct().Count());
        Assert.All(constants, c => Assert.True(plan.Buffers[c.Buffer].IsConstant));
    }

    [Fact]
    public void PatchTooLargeForMemory_IsADiagnosticNamingTheLargestNode()
    {
        var delays = string.Join(",\n", Enumerable.Range(0, 100).Select(i => $$"""{ "id": "d{{i}}", "type": "delay", "in": "s", "maxTime": 60, "oversample": 8 }"""));
        var patch = Patches.Read($$"""{ "nodes": [ { "id": "s", "type": "sine" }, """ + "\n" + delays + """ ], "outputs": ["d0"] }""");

        var (plan, error) = Planner.TryPlan(patch, new PlanOptions(48000, 128), TestNodes.Catalogue);

        Assert.Null(plan);
        Assert.Equal("PH1027", error!.Id);
        Assert.Contains("'d0'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location!.Value.Line);
    }
}
