using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>
/// The oversampled kernel shape: nodes at factor F run fused over frames * F samples, resamplers call the
/// per-factor halfband paths, and the whole renders the reference backend's bits.
/// </summary>
public sealed class OversampledKernelTests
{
    internal const string Chain = """
        { "nodes": [
            { "id": "osc", "type": "saw", "freq": 110 },
            { "id": "lfo", "type": "sine", "freq": 3 },
            { "id": "cut", "type": "scale", "in": "lfo", "outMin": 400, "outMax": 4000 },
            { "id": "lp", "type": "ladder", "in": "osc", "cutoff": "cut", "q": 8, "drive": 3, "oversample": 4 },
            { "id": "sat", "type": "saturate", "in": "lp", "drive": 2, "oversample": 4 },
            { "id": "amp", "type": "gain", "in": "sat", "level": 0.5 }
          ], "outputs": ["amp"] }
        """;

    // Factors 1 -> 2 -> 8 -> 4 -> 1 along one path, and a branch from 2x straight to 1x meeting it again.
    internal const string Neighbours = """
        { "nodes": [
            { "id": "osc", "type": "saw", "freq": 220 },
            { "id": "a", "type": "saturate", "in": "osc", "drive": 4, "oversample": 2 },
            { "id": "b", "type": "wavefold", "in": "a", "oversample": 8 },
            { "id": "c", "type": "svf", "in": "b", "cutoff": 3000, "oversample": 4 },
            { "id": "d", "type": "clip", "in": "c", "oversample": 1 },
            { "id": "m", "type": "add", "a": "a", "b": "d" }
          ], "outputs": ["m", "c"] }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(128)]
    public void ChainOfTwoNodesAtTheSameFactor_IsFusedWithoutResamplingBetweenThemAndExact(int block)
    {
        var patch = Differential.Load(Chain);
        var plan = Planner.Plan(patch, new PlanOptions(48000, block));

        Assert.Equal(3, plan.Resamplers.Length); // osc and cut up to 4x, sat down to 1x: none from lp to sat
        Assert.Subset(new IlBackend(plan).FusedNodes.ToHashSet(), new HashSet<string> { "lp", "sat" });
        Assert.Equal(0, Differential.MaxError(patch, 3000, block));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(128)]
    public void NeighboursAtDifferentFactors_AreFusedEachAtItsRateAndExact(int block)
    {
        var patch = Differential.Load(Neighbours);
        var plan = Planner.Plan(patch, new PlanOptions(48000, block));

        Assert.True(new IlBackend(plan, spans: false).FusedNodes.ToHashSet().SetEquals(["osc", "a", "b", "c", "d", "m"]));
        Assert.Equal(0, Differential.MaxError(patch, 3000, block, spans: false));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(37)]
    public void SetInput_OnAnOversampledNodesConstants_RampsOverFramesTimesFactorLikeTheReference(int frames)
    {
        // drive is audio rate (ramped over frames * 4 samples), sustain control rate (a step).
        var patch = Differential.Load("""
            { "nodes": [
                { "id": "osc", "type": "saw", "freq": 150 },
                { "id": "gate", "type": "clock", "freq": 9, "width": 0.5 },
                { "id": "sat", "type": "saturate", "in": "osc", "drive": 3, "oversample": 4 },
                { "id": "env", "type": "adsr", "gate": "gate.gate", "sustain": 0.5, "oversample": 2 },
                { "id": "vca", "type": "mul", "a": "sat", "b": "env" }
              ], "outputs": ["vca", "sat"] }
            """);
        var plan = Planner.Plan(patch, new PlanOptions(48000, 64));
        var reference = new ReferenceBackend(plan);
        var compiled = new IlBackend(plan);
        Assert.Subset(compiled.FusedNodes.ToHashSet(), new HashSet<string> { "sat", "env" });

        for (var block = 0; block < 40; block++)
        {
            // Block 3 sets drive to the value it already has: it goes live without moving.
            (string Node, string Port, double Value)? change = block switch
            {
                3 => ("sat", "drive", 3),
                5 => ("sat", "drive", 7.3),
                6 => ("sat", "drive", 0.4),
                9 => ("env", "sustain", 0.9),
                14 => ("sat", "drive", 12),
                _ => null,
            };
            if (change is var (node, port, value))
            {
                Assert.True(reference.SetInput(node, port, value));
                Assert.True(compiled.SetInput(node, port, value));
            }

            if (block == 25)
            {
                reference.Reset();
                compiled.Reset();
            }

            reference.Process(frames);
            compiled.Process(frames);
            for (var c = 0; c < plan.Channels; c++)
            {
                AssertSameBits(reference.Output(c), compiled.Output(c), block);
            }
        }
    }

    [Fact]
    public void FeedbackLoopThroughAnOversampledNode_IsRejectedByTheValidator()
    {
        // The planner never sees one (PH1023), so fused units at F > 1 never hold a feedback group.
        var result = PatchLoader.Load("""
            { "nodes": [
                { "id": "osc", "type": "saw", "freq": 110 },
                { "id": "sum", "type": "add", "a": "osc", "b": "fb" },
                { "id": "sat", "type": "saturate", "in": "sum", "oversample": 4 },
                { "id": "fb", "type": "delay", "in": "sat", "time": 0.001 }
              ], "outputs": ["sat"] }
            """, "loop.json");

        Assert.Contains(result.Diagnostics, d => d.Id == "PH1023");
    }

    [Fact]
    public void Process_WithOversampledNodes_AllocatesNothingAfterWarmUp()
    {
        var kernel = new IlBackend(Planner.Plan(Differential.Load(Neighbours), new PlanOptions(48000, 128)));
        Assert.True(kernel.SetInput("c", "cutoff", 1500));
        for (var i = 0; i < 100; i++)
        {
            kernel.Process(128);
        }

        Assert.Equal(0, Allocation.Least(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                kernel.Process(i % 2 == 0 ? 128 : 37);
            }
        }));
    }

    private static void AssertSameBits(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, int block)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
            {
                Assert.Fail($"block {block}, frame {i}: reference {expected[i]:R}, IL {actual[i]:R}");
            }
        }
    }
}
