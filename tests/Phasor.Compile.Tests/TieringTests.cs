using Phasor.Audio.Bench;
using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph.Execution;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>
/// The quick tier (shared per-node-type loops, nothing compiled per patch) and the compiled code (ticks inlined, voices as lanes) share one
/// state arena and take over from each other at any block boundary without a sample of difference.
/// </summary>
public sealed class TieringTests
{
    public static TheoryData<string> Types() => [.. NodeSuite.Types];

    public static TheoryData<string> Examples() => ["sine.json", "fm.json", "complex.json"];

    [Theory]
    [MemberData(nameof(Types))]
    public void SwitchingTiersEveryFewBlocks_RendersEveryNodeTypeExactlyLikeTheReference(string type)
    {
        var plan = Planner.Plan(Differential.Load(NodeSuite.Patch(type, modulated: true)), new PlanOptions(48000, 64));

        Assert.Equal(0, MaxErrorSwitching(plan, 6000, 64, setInput: null));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void SwitchingTiersEveryFewBlocks_RendersTheExamplesExactlyLikeTheReference(string name)
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example(name)), new PlanOptions(48000, 128));

        Assert.Equal(0, MaxErrorSwitching(plan, 24000, 128, setInput: null));
    }

    [Fact]
    public void SwitchingTiers_WhileAVoicesConstantRamps_RendersExactlyLikeTheReference()
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example("complex.json")), new PlanOptions(48000, 128));

        var error = MaxErrorSwitching(plan, 24000, 128, (kernel, block) =>
        {
            if (block % 9 == 4)
            {
                Assert.True(kernel.SetInput("v3ladder", "q", 1 + (block * 0.05)));
                Assert.True(kernel.SetInput("v5half", "level", 0.5 - (block * 0.002)));
            }
        });

        Assert.Equal(0, error);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void BackgroundTiering_PlaysAtOnceAndHandsOverToTheCompiledCodeSampleForSample(string name)
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example(name)), new PlanOptions(48000, 128));
        var reference = Differential.Render(new ReferenceBackend(plan), 24000, 128);

        var kernel = new IlBackend(plan, lanes: true, Tiering.Background, spans: false);
        var rendered = Render(kernel, 24000, 128, (k, block) =>
        {
            if (block == 20)
            {
                k.WaitCompiled();
            }
        });

        Assert.False(kernel.IsQuick);
        Assert.True(kernel.CompiledTime >= kernel.CompileTime);
        Assert.Equal(0, MaxError(reference, rendered));
    }

    [Fact]
    public void BackgroundTiering_SetInputOnAFusedConstant_IsHeardAtOnceAndRampsLikeTheReference()
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example("fm.json")), new PlanOptions(48000, 128));
        var referenceKernel = new ReferenceBackend(plan);
        var kernel = new IlBackend(plan, lanes: true, Tiering.Background, spans: false);
        kernel.WaitCompiled();

        static void Change(IGraphKernel k, int block)
        {
            if (block == 30)
            {
                Assert.True(k.SetInput("mod", "freq", 333));
            }
        }

        var reference = Render(referenceKernel, 24000, 128, Change);
        var rendered = Render(kernel, 24000, 128, (k, block) =>
        {
            Change(k, block);
            if (block == 60)
            {
                k.WaitCompiled();
            }
        });

        Assert.False(kernel.IsQuick);
        Assert.Equal(0, MaxError(reference, rendered));
    }

    public static TheoryData<string, int> Shapes() => new()
    {
        { OversampledKernelTests.Chain, 64 },
        { OversampledKernelTests.Chain, 37 },
        { OversampledKernelTests.Neighbours, 128 },
        { FeedbackLoop, 64 },
        { FeedbackLoop, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SwitchingTiersEveryFewBlocks_RendersOversampledAndFeedbackPatchesExactlyLikeTheReference(string json, int block)
    {
        var plan = Planner.Plan(Differential.Load(json), new PlanOptions(48000, 128));

        Assert.Equal(0, MaxErrorSwitching(plan, 6000, block, setInput: null));
    }

    [Fact]
    public void QuickTier_OfAnotherPatchOfKnownNodeTypes_ReusesTheSameLoops()
    {
        var first = QuickRunner(IlBackendTests.Example("complex.json"));
        var second = QuickRunner(IlBackendTests.Example("complex.json").Replace("0.5", "0.25", StringComparison.Ordinal));

        // Nothing is emitted for a patch: every loop the second runner calls is one the first compiled.
        var known = first.Loops.ToHashSet();
        Assert.NotEmpty(known);
        Assert.All(second.Loops, loop => Assert.Contains(loop, known));
    }

    [Fact]
    public void QuickTier_AllocatesNothingInProcess()
    {
        var plan = Planner.Plan(Differential.Load(IlBackendTests.Example("complex.json")), new PlanOptions(48000, 128));
        var kernel = new IlBackend(plan);
        kernel.SwitchTier(quick: true);

        // The quick tier calls the ticks' own compiled code, which the runtime tiers up (once per method and process,
        // allocating as it does) after their first few dozen calls and a short delay: let that happen first.
        for (var warm = 0; warm < 4; warm++)
        {
            for (var i = 0; i < 200; i++)
            {
                kernel.Process(128);
            }

            Thread.Sleep(150);
        }

        Assert.True(kernel.IsQuick);

        Assert.Equal(0, Allocation.Least(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                kernel.Process(128);
            }
        }));
    }

    // A loop through a short delay: its steps run frame by frame in the quick tier, fused in the compiled code.
    private const string FeedbackLoop = """
        { "nodes": [
            { "id": "osc", "type": "saw", "freq": 330 },
            { "id": "sum", "type": "add", "a": "osc", "b": "fb" },
            { "id": "d", "type": "delay", "in": "sum", "time": 0.0002 },
            { "id": "f", "type": "svf", "in": "d", "cutoff": 2000 },
            { "id": "fb", "type": "gain", "in": "f", "level": 0.7 }
          ], "outputs": ["sum"] }
        """;

    private static TickRunner QuickRunner(string json)
    {
        var plan = Planner.Plan(Differential.Load(json), new PlanOptions(48000, 128));
        var layout = new KernelLayout(plan);
        return new TickRunner(layout, new double[layout.ArenaSize], [.. plan.Buffers.Select(b => new float[b.Length])],
            new Dictionary<(int Node, int Port), int>(), [.. plan.Nodes.Select(n => n.Setup)]);
    }

    private static double MaxErrorSwitching(Plan plan, int frames, int block, Action<IGraphKernel, int>? setInput)
    {
        var referenceKernel = new ReferenceBackend(plan);
        var reference = Render(referenceKernel, frames, block, (k, b) => setInput?.Invoke(k, b));
        var kernel = new IlBackend(plan, lanes: true, spans: false);
        var rendered = Render(kernel, frames, block, (k, b) =>
        {
            setInput?.Invoke(k, b);
            if (b % 7 is 2 or 5)
            {
                kernel.SwitchTier(quick: b % 7 == 2);
            }
        });

        return MaxError(reference, rendered);
    }

    private static float[][] Render<TKernel>(TKernel kernel, int frames, int block, Action<TKernel, int> beforeBlock)
        where TKernel : IGraphKernel
    {
        var output = new float[kernel.Channels][];
        for (var c = 0; c < output.Length; c++)
        {
            output[c] = new float[frames];
        }

        for (int done = 0, b = 0; done < frames; done += block, b++)
        {
            beforeBlock(kernel, b);
            var n = Math.Min(block, frames - done);
            kernel.Process(n);
            for (var c = 0; c < output.Length; c++)
            {
                kernel.Output(c).CopyTo(output[c].AsSpan(done, n));
            }
        }

        return output;
    }

    private static double MaxError(float[][] reference, float[][] rendered)
    {
        double worst = 0;
        for (var c = 0; c < reference.Length; c++)
        {
            for (var i = 0; i < reference[c].Length; i++)
            {
                var d = Math.Abs((double)rendered[c][i] - reference[c][i]);
                worst = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(worst, d);
            }
        }

        return worst;
    }
}
