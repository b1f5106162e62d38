using Phasor.Compile.Il;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

public sealed class IlBackendTests
{
    internal static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "examples", name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException(name);
    }

    [Theory]
    [InlineData("sine.json", 128)]
    [InlineData("fm.json", 128)]
    [InlineData("fm.json", 7)]
    [InlineData("complex.json", 128)]
    [InlineData("complex.json", 1)]
    public void Example_RendersLikeTheReference(string name, int block)
    {
        var error = Differential.MaxError(Differential.Load(Example(name)), 12000, block);

        Assert.True(error <= 1e-5, $"max error {error:E2}");
    }

    [Fact]
    public void FeedbackLoopThroughAOneSampleDelay_IsFusedAndExact()
    {
        var patch = Differential.Load("""
            { "nodes": [
                { "id": "x", "type": "sine", "freq": 1000 },
                { "id": "y", "type": "gain", "in": "x" },
                { "id": "sum", "type": "gain", "in": "y", "level": 1 },
                { "id": "z", "type": "delay", "in": "sum", "time": 0.0000001 },
                { "id": "fb", "type": "gain", "in": "z", "level": 0.5 }
              ], "outputs": ["sum", "fb"] }
            """);

        Assert.True(Differential.MaxError(patch, 4000, 64) <= 1e-6);
    }

    [Theory]
    [InlineData("sine.json")]
    [InlineData("fm.json")]
    [InlineData("complex.json")]
    public void Process_AllocatesNothingAfterWarmUp(string name)
    {
        var kernel = new IlBackend(Planner.Plan(Differential.Load(Example(name)), new PlanOptions(48000, 128)));
        for (var i = 0; i < 100; i++)
        {
            kernel.Process(128);
        }

        Assert.Equal(0, Allocation.Least(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                kernel.Process(128);
            }
        }));
    }

    [Fact]
    public void SetInput_OnAFusedConstant_RampsLikeTheReference()
    {
        SetInput_RampsLikeTheReference(spans: false);
    }

    [Fact]
    public void SetInput_OnASpanConstant_RampsLikeTheReference()
    {
        SetInput_RampsLikeTheReference(spans: true);
    }

    private static void SetInput_RampsLikeTheReference(bool spans)
    {
        var patch = Differential.Load("""{ "nodes": [ { "id": "s", "type": "sine", "freq": 300 }, { "id": "g", "type": "gain", "in": "s", "level": 0.2 } ], "outputs": ["g"] }""");
        var plan = Planner.Plan(patch, new PlanOptions(48000, 64));
        var reference = new Phasor.Audio.Reference.ReferenceBackend(plan);
        var compiled = new IlBackend(plan, spans: spans);
        Assert.Contains("g", spans ? compiled.SpanNodes : compiled.FusedNodes);

        for (var block = 0; block < 20; block++)
        {
            if (block is 5 or 6 or 12)
            {
                var level = block * 0.05;
                Assert.True(reference.SetInput("g", "level", level));
                Assert.True(compiled.SetInput("g", "level", level));
            }

            reference.Process(64);
            compiled.Process(64);
            var r = reference.Output(0);
            var c = compiled.Output(0);
            for (var i = 0; i < 64; i++)
            {
                Assert.Equal(r[i], c[i], 1e-6f);
            }
        }
    }

    [Fact]
    public void Reset_StartsOver()
    {
        var kernel = new IlBackend(Planner.Plan(Differential.Load(Example("fm.json")), new PlanOptions(48000, 128)));
        var first = Differential.Render(kernel, 5000, 128);
        kernel.Reset();

        Assert.Equal(first[0], Differential.Render(kernel, 5000, 128)[0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reset_AfterAControlChanged_PlaysThePatchsOwnValuesAgain(bool spans)
    {
        var plan = Planner.Plan(Differential.Load(Example("fm.json")), new PlanOptions(48000, 128));
        var kernel = new IlBackend(plan, spans: spans);
        var fresh = Differential.Render(kernel, 3000, 128);
        kernel.Reset();
        Assert.True(kernel.SetInput("amp", "level", 0.1));
        Assert.True(kernel.SetInput("mod", "freq", 330));
        Differential.Render(kernel, 3000, 128);

        kernel.Reset();

        Assert.Equal(fresh, Differential.Render(kernel, 3000, 128));
    }

    [Fact]
    public void CompileTime_OfComplexIsMeasured()
    {
        var plan = Planner.Plan(Differential.Load(Example("complex.json")), new PlanOptions(48000, 128));

        var kernel = new IlBackend(plan);

        Assert.True(kernel.CompileTime > TimeSpan.Zero);
    }

    [Fact]
    public void NodeState_ReadsTheSameMeterLayoutAsTheReference()
    {
        var patch = Differential.Load("""{ "nodes": [ { "id": "s", "type": "sine", "freq": 1000 }, { "id": "m", "type": "meter", "in": "s" } ], "outputs": ["s"] }""");
        var compiled = new IlBackend(Planner.Plan(patch, new PlanOptions()));
        for (var i = 0; i < 400; i++)
        {
            compiled.Process(128);
        }

        Assert.Equal(1.0, compiled.NodeState("m")[Phasor.Dsp.Nodes.Monitors.MeterNode.Layout.Peak], 0.01);
    }
}
