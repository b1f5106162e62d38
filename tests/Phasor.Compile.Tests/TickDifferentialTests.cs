using Phasor.Audio.Bench;
using Phasor.Compile.Il;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>The IL backend renders every node type like the reference backend, within 1e-5 (relative above 1).</summary>
public sealed class TickDifferentialTests
{
    private const double Tolerance = 1e-5;

    public static TheoryData<string, bool, int> Cases()
    {
        var data = new TheoryData<string, bool, int>();
        foreach (var type in NodeSuite.Types)
        {
            foreach (var modulated in new[] { false, true })
            {
                foreach (var block in new[] { 1, 37, 128 })
                {
                    data.Add(type, modulated, block);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NodeType_RendersLikeTheReference(string type, bool modulated, int block)
    {
        var patch = Differential.Load(NodeSuite.Patch(type, modulated));

        // Fused (the tick form inlined into a loop) and, for node types that have one, through the span form.
        var fused = Differential.MaxError(patch, 6000, block, spans: false);
        var span = Differential.MaxError(patch, 6000, block);

        Assert.True(fused <= Tolerance, $"{type} ({(modulated ? "modulated" : "static")}, block {block}), fused: max error {fused:E2}");
        Assert.True(span <= Tolerance, $"{type} ({(modulated ? "modulated" : "static")}, block {block}), span form: max error {span:E2}");
    }

    public static TheoryData<string, int, int> OversampledCases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var type in NodeSuite.Types)
        {
            foreach (var factor in new[] { 2, 4, 8 })
            {
                foreach (var block in new[] { 1, 37, 128 })
                {
                    data.Add(type, factor, block);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// Every node type oversampled (fused: a loop over frames * F samples between resampler units calling the
    /// per-factor halfband paths) gives the reference's bits: the same ticks, the same filters, the same order.
    /// </summary>
    [Theory]
    [MemberData(nameof(OversampledCases))]
    public void OversampledNode_RendersExactlyLikeTheReference(string type, int factor, int block)
    {
        var patch = Differential.Load(NodeSuite.Patch(type, modulated: true, factor));

        var error = Differential.MaxError(patch, 2000, block);

        Assert.True(error == 0, $"{type} at {factor}x, block {block}: max error {error:E2}");
    }

    [Fact]
    public void EveryNodeType_IsFusedWhenOversampled()
    {
        foreach (var type in NodeSuite.Types)
        {
            foreach (var factor in new[] { 2, 4, 8 })
            {
                var plan = Planner.Plan(Differential.Load(NodeSuite.Patch(type, modulated: true, factor)), new PlanOptions());
                Assert.Contains("dut", new IlBackend(plan).FusedNodes);
            }
        }
    }

    [Fact]
    public void FusedNodes_AreThoseWithATickForm()
    {
        var plan = Planner.Plan(Differential.Load(NodeSuite.Patch("sine", modulated: true)), new PlanOptions());

        Assert.Contains("dut", new IlBackend(plan, spans: false).FusedNodes);
        Assert.Contains("dut", new IlBackend(plan).SpanNodes);
    }

    [Fact]
    public void EveryNodeType_HasATickFormAndADifferentialCase()
    {
        var cases = Cases().Select(row => (string)row[0]).ToHashSet();
        foreach (var kernel in Phasor.Graph.Catalogue.NodeCatalogue.Default.Kernels)
        {
            Assert.True(Ticks.TickForm.Of(kernel) is not null, $"'{kernel.Spec.Type}' has no tick form: the IL backend cannot fuse it");
            Assert.Contains(kernel.Spec.Type, cases);
        }
    }

    [Fact]
    public void EveryNodeType_IsFusedInItsSuitePatch()
    {
        foreach (var type in NodeSuite.Types)
        {
            var plan = Planner.Plan(Differential.Load(NodeSuite.Patch(type, modulated: true)), new PlanOptions());
            Assert.Contains("dut", new IlBackend(plan, spans: false).FusedNodes);
            var hasSpan = Phasor.Graph.Catalogue.NodeCatalogue.Default.Kernels.First(k => k.Spec.Type == type).SpanForm is not null;
            Assert.Equal(hasSpan, new IlBackend(plan).SpanNodes.Contains("dut"));
        }
    }
}
