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

        var error = Differential.MaxError(patch, 6000, block);

        Assert.True(error <= Tolerance, $"{type} ({(modulated ? "modulated" : "static")}, block {block}): max error {error:E2}");
    }

    [Theory]
    [InlineData("saturate", 2)]
    [InlineData("ladder", 4)]
    [InlineData("wavefold", 8)]
    [InlineData("sine", 2)]
    public void OversampledNode_RendersLikeTheReference(string type, int factor)
    {
        var patch = Differential.Load(NodeSuite.Patch(type, modulated: true, factor));

        Assert.True(Differential.MaxError(patch, 4000, 128) <= Tolerance);
    }

    [Fact]
    public void FusedNodes_AreThoseWithATickForm()
    {
        var plan = Planner.Plan(Differential.Load(NodeSuite.Patch("sine", modulated: true)), new PlanOptions());

        Assert.Contains("dut", new IlBackend(plan).FusedNodes);
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
            Assert.Contains("dut", new IlBackend(plan).FusedNodes);
        }
    }
}
