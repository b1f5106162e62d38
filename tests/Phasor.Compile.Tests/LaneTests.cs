using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>Identical voices run as the lanes of one vector tick, and sound exactly as they do one by one.</summary>
public sealed class LaneTests
{
    /// <summary>N voices of saw → ladder swept by an ADSR on its own clock, with per-voice constants, summed by a mix.</summary>
    private static string Voices(int count, string extraNodes = "", string cutoffSource = "", Func<int, double>? saturate = null)
    {
        var nodes = new List<string>();
        var mix = new List<string>();
        for (var v = 1; v <= count; v++)
        {
            nodes.Add($$"""{ "id": "v{{v}}saw", "type": "saw", "freq": {{100 + (37 * v)}} }""");
            nodes.Add($$"""{ "id": "v{{v}}gate", "type": "clock", "freq": {{3 + v}}, "width": 0.5 }""");
            nodes.Add($$"""{ "id": "v{{v}}env", "type": "adsr", "gate": "v{{v}}gate.gate", "attack": 0.01, "decay": {{0.02 * v}}, "sustain": 0.5, "release": 0.05 }""");
            nodes.Add($$"""{ "id": "v{{v}}cut", "type": "scale", "in": "v{{v}}env", "inMin": 0, "inMax": 1, "outMin": 200, "outMax": {{2000 + (300 * v)}} }""");
            var saturation = saturate is null ? "" : FormattableString.Invariant($", \"saturate\": {saturate(v)}");
            nodes.Add($$"""{ "id": "v{{v}}lp", "type": "ladder", "in": "v{{v}}saw", "cutoff": {{(cutoffSource == "" ? $"\"v{v}cut\"" : cutoffSource)}}, "q": {{2 + v}}{{saturation}} }""");
            nodes.Add($$"""{ "id": "v{{v}}vca", "type": "mul", "a": "v{{v}}lp", "b": "v{{v}}env" }""");
            mix.Add($"\"in{v}\": \"v{v}vca\"");
        }

        var mixer = count <= 8
            ? $$"""{ "id": "out", "type": "mix", {{string.Join(", ", mix)}} }"""
            : $$"""{ "id": "m1", "type": "mix", {{string.Join(", ", mix.Take(8))}} }, { "id": "m2", "type": "mix", {{string.Join(", ", mix.Skip(8).Select((m, i) => $"\"in{i + 1}\"{m[m.IndexOf(':')..]}"))}} }, { "id": "out", "type": "add", "a": "m1", "b": "m2" }""";
        return $$"""{ "nodes": [ {{string.Join(",\n", nodes)}}, {{mixer}} {{extraNodes}} ], "outputs": ["out", "v1vca"] }""";
    }

    private static IlBackend Compile(string json, bool lanes = true, int block = 128) =>
        new(Planner.Plan(Differential.Load(json), new PlanOptions(48000, block)), lanes);

    [Fact]
    public void TheEightVoicesOfComplex_RunAsLanes()
    {
        var kernel = Compile(IlBackendTests.Example("complex.json"));

        var tuples = kernel.LaneTuples.ToList();
        Assert.NotEmpty(tuples);
        Assert.All(tuples, t => Assert.Equal(8, t.Count));
        Assert.Contains(tuples, t => t[0] == "v1ladder" && t[7] == "v8ladder");
    }

    [Theory]
    [InlineData(128)]
    [InlineData(37)]
    [InlineData(1)]
    public void Complex_WithLanes_RendersExactlyLikeTheReference(int block) =>
        Assert.Equal(0, Differential.MaxError(Differential.Load(IlBackendTests.Example("complex.json")), 20000, block, lanes: true));

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(13)]
    public void FourOrMoreVoices_RunAsLanes_AndRenderExactlyLikeTheReference(int voices)
    {
        var json = Voices(voices);
        var kernel = Compile(json);

        Assert.Contains(kernel.LaneTuples, t => t[0] == "v1lp");
        Assert.Equal(0, Differential.MaxError(Differential.Load(json), 15000, 64, lanes: true));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 1.0)]
    public void VoicesWithDifferentSaturation_RunAsLanes_AndRenderExactlyLikeTheReference(double odd, double even)
    {
        var json = Voices(8, saturate: v => v % 2 == 1 ? odd : even);

        Assert.Contains(Compile(json).LaneTuples, t => t[0] == "v1lp");
        Assert.Equal(0, Differential.MaxError(Differential.Load(json), 15000, 64, lanes: true));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void FewerThanFourVoices_StayScalar(int voices)
    {
        var json = Voices(voices);

        Assert.Empty(Compile(json).LaneTuples);
        Assert.Equal(0, Differential.MaxError(Differential.Load(json), 5000, 64, lanes: true));
    }

    [Fact]
    public void ThirteenVoices_AreATupleOfEightAndOneOfFive()
    {
        var ladders = Compile(Voices(13)).LaneTuples.Where(t => t[0].EndsWith("lp", StringComparison.Ordinal)).Select(t => t.Count).ToList();

        Assert.Equal([8, 5], ladders);
    }

    [Fact]
    public void ASharedModulatorFeedingEveryVoice_IsGatheredIntoTheLanes()
    {
        var json = Voices(4, """, { "id": "lfo", "type": "sine", "freq": 3 }, { "id": "sweep", "type": "scale", "in": "lfo", "inMin": -1, "inMax": 1, "outMin": 300, "outMax": 3000 }""", "\"sweep\"");

        Assert.Contains(Compile(json).LaneTuples, t => t[0] == "v1lp");
        Assert.Equal(0, Differential.MaxError(Differential.Load(json), 10000, 128, lanes: true));
    }

    [Fact]
    public void APathLeavingTheVoicesAndComingBack_KeepsThemScalar()
    {
        // v1's output runs through a node outside the voices and back into v2: no single place in the order holds both.
        var json = """
            { "nodes": [
                { "id": "a1", "type": "saw", "freq": 100 }, { "id": "b1", "type": "gain", "in": "a1", "level": 0.5 },
                { "id": "x", "type": "delay", "in": "b1", "time": 0.001 },
                { "id": "a2", "type": "saw", "freq": "x" }, { "id": "b2", "type": "gain", "in": "a2", "level": 0.5 }
              ], "outputs": ["b1", "b2"] }
            """;

        Assert.Equal(0, Differential.MaxError(Differential.Load(json), 5000, 128, lanes: true));
    }

    [Fact]
    public void WithLanesOff_NoVoiceRunsAsLanes() =>
        Assert.Empty(Compile(IlBackendTests.Example("complex.json"), lanes: false).LaneTuples);

    [Fact]
    public void SetInput_OnAConstantOfOneVoice_RampsLikeTheReference()
    {
        var plan = Planner.Plan(Differential.Load(Voices(4)), new PlanOptions(48000, 64));
        var reference = new ReferenceBackend(plan);
        var compiled = new IlBackend(plan, lanes: true);
        Assert.NotEmpty(compiled.LaneTuples);
        for (var block = 0; block < 40; block++)
        {
            if (block is 5 or 6 or 20)
            {
                Assert.True(reference.SetInput("v3lp", "q", block * 0.5));
                Assert.True(compiled.SetInput("v3lp", "q", block * 0.5));
            }

            reference.Process(64);
            compiled.Process(64);
            for (var c = 0; c < 2; c++)
            {
                Assert.Equal(reference.Output(c).ToArray(), compiled.Output(c).ToArray());
            }
        }
    }

    [Fact]
    public void Process_WithLanes_AllocatesNothingAfterWarmUp()
    {
        var kernel = Compile(IlBackendTests.Example("complex.json"));
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
    public void NodeState_OfAVoice_ReadsAsWithoutLanes()
    {
        var with = Compile(IlBackendTests.Example("complex.json"));
        var without = Compile(IlBackendTests.Example("complex.json"), lanes: false);
        for (var i = 0; i < 300; i++)
        {
            with.Process(128);
            without.Process(128);
        }

        Assert.Equal(without.NodeState("v5ladder").ToArray(), with.NodeState("v5ladder").ToArray());
        Assert.Equal(without.NodeState("v8env").ToArray(), with.NodeState("v8env").ToArray());
    }
}
