using Phasor.Graph.Diagnostics;
using Phasor.Graph.Tests.Support;

namespace Phasor.Graph.Tests.Validation;

public sealed class PatchValidatorTests
{
    private static string[] Ids(string json) => [.. Patches.Errors(json).Select(e => e.Id)];

    private static Diagnostic Only(string json, string id) => Assert.Single(Patches.Errors(json), e => e.Id == id);

    [Fact]
    public void UnknownNodeType_SuggestsTheClosestType()
    {
        var e = Only("""{ "nodes": [ { "id": "o", "type": "sinee" } ], "outputs": ["o"] }""", "PH1010");

        Assert.Contains("did you mean 'sine'", e.Message, StringComparison.Ordinal);
        Assert.Equal("nodes[0].type", e.Path);
        Assert.Equal(1, e.Location!.Value.Line);
    }

    [Fact]
    public void DuplicateId_NamesWhereTheFirstWas()
    {
        var e = Only("{ \"nodes\": [\n { \"id\": \"o\", \"type\": \"sine\" },\n { \"id\": \"o\", \"type\": \"sine\" } ], \"outputs\": [\"o\"] }", "PH1011");

        Assert.Contains("test.json:2:", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Location!.Value.Line);
    }

    [Theory]
    [InlineData("1osc")]
    [InlineData("a.b")]
    [InlineData("")]
    public void InvalidId_IsReported(string id) =>
        Assert.Contains("PH1012", Ids($$"""{ "nodes": [ { "id": "{{id}}", "type": "sine" } ], "outputs": [null] }"""));

    [Fact]
    public void ValueOutOfRange_GivesTheRangeAndUnit()
    {
        var e = Only("""{ "nodes": [ { "id": "o", "type": "sine", "freq": -5 } ], "outputs": ["o"] }""", "PH1017");

        Assert.Contains("o.freq = -5 is out of range [0, 1000000] Hz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionFromUnknownNode_SuggestsAnExistingId()
    {
        var e = Only("""{ "nodes": [ { "id": "osc", "type": "sine" }, { "id": "g", "type": "gain", "in": "os" } ], "outputs": ["g"] }""", "PH1014");

        Assert.Contains("did you mean 'osc'", e.Message, StringComparison.Ordinal);
        Assert.Equal("nodes[1].in", e.Path);
    }

    [Fact]
    public void ConnectionFromUnknownOutput_ListsTheOutputs()
    {
        var e = Only("""{ "nodes": [ { "id": "osc", "type": "sine" } ], "outputs": ["osc.lp"] }""", "PH1015");

        Assert.Contains("its outputs are out", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AudioIntoControlRatePort_IsAWrongRateError()
    {
        var e = Only("""{ "nodes": [ { "id": "osc", "type": "sine" }, { "id": "p", "type": "probe", "in": "osc", "amount": "osc" } ], "outputs": ["p"] }""", "PH1016");

        Assert.Contains("'p.amount' is read once per block", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlRateOutputIntoControlRatePort_IsFine() =>
        Assert.Empty(Patches.Errors("""{ "nodes": [ { "id": "a", "type": "probe" }, { "id": "b", "type": "probe", "amount": "a.level" } ], "outputs": ["b"] }"""));

    [Fact]
    public void MissingRequiredInput_IsReported()
    {
        var e = Only("""{ "nodes": [ { "id": "g", "type": "gain" } ], "outputs": ["g"] }""", "PH1018");

        Assert.Contains("needs its input 'in'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidChoice_ListsTheChoices()
    {
        var e = Only("""{ "nodes": [ { "id": "d", "type": "delay", "in": 0, "interpolation": "sinc" } ], "outputs": ["d"] }""", "PH1024");

        Assert.Contains("linear, cubic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CycleWithoutDelay_NamesTheNodesOfTheLoop()
    {
        var e = Only("""
            { "nodes": [
                { "id": "a", "type": "gain", "in": "c" },
                { "id": "b", "type": "gain", "in": "a" },
                { "id": "c", "type": "gain", "in": "b" }
              ], "outputs": ["c"] }
            """, "PH1020");

        Assert.Contains("a -> b -> c -> a", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CycleThroughADelaysTimeInput_IsStillACycleWithoutDelay() =>
        Assert.Contains("PH1020", Ids("""
            { "nodes": [
                { "id": "d", "type": "delay", "in": 0, "time": "g" },
                { "id": "g", "type": "gain", "in": "d" }
              ], "outputs": ["d"] }
            """));

    [Fact]
    public void CycleThroughADelaysInput_IsValid() =>
        Assert.Empty(Patches.Errors("""
            { "nodes": [
                { "id": "d", "type": "delay", "in": "g", "time": 0.001 },
                { "id": "g", "type": "gain", "in": "d", "level": 0.5 }
              ], "outputs": ["g"] }
            """));

    [Fact]
    public void OversamplingInsideALoop_IsRejected() =>
        Assert.Contains("PH1023", Ids("""
            { "nodes": [
                { "id": "d", "type": "delay", "in": "g", "time": 0.001 },
                { "id": "g", "type": "gain", "in": "d", "oversample": 2 }
              ], "outputs": ["g"] }
            """));

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    public void OversampleFactor_MustBeAPowerOfTwoUpTo8(int factor) =>
        Assert.Contains("PH1021", Ids($$"""{ "nodes": [ { "id": "o", "type": "sine", "oversample": {{factor}} } ], "outputs": ["o"] }"""));

    [Fact]
    public void NoOutputs_IsReported() =>
        Assert.Contains("PH1022", Ids("""{ "nodes": [], "outputs": [] }"""));

    [Fact]
    public void EveryProblem_IsReportedInOneGo()
    {
        var ids = Ids("""
            { "nodes": [
                { "id": "o", "type": "sine", "freq": -1 },
                { "id": "o", "type": "nope" },
                { "id": "g", "type": "gain", "in": "missing" }
              ], "outputs": ["g"] }
            """);

        Assert.Equal(["PH1010", "PH1011", "PH1014", "PH1017"], ids.Order());
    }

    [Fact]
    public void DroppedNodeEntries_DoNotShiftTheLocationsOfLaterErrors()
    {
        var e = Only("{ \"nodes\": [ 1,\n { \"id\": \"b\", \"type\": \"sine\", \"freq\": -1 } ], \"outputs\": [\"b\"] }", "PH1017");

        Assert.Equal("nodes[1].freq", e.Path);
        Assert.Equal(2, e.Location!.Value.Line);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("1e400")]
    [InlineData("4294967298")]
    public void Oversample_MustBeExactly1248(string factor)
    {
        var ids = Ids($$"""{ "nodes": [ { "id": "o", "type": "sine", "oversample": {{factor}} } ], "outputs": ["o"] }""");

        Assert.Single(ids);
        Assert.True(ids[0] is "PH1021" or "PH1026");
    }

    [Fact]
    public void LoneSurrogateEscape_IsASyntaxErrorNotACrash() =>
        Assert.Equal(["PH1001"], Ids("{ \"nodes\": [ { \"id\": \"a\", \"type\": \"sine\", \"freq\": \"\\uD800\" } ], \"outputs\": [\"a\"] }"));

    [Fact]
    public void ByteOrderMark_IsIgnored() =>
        Assert.Empty(Patches.Errors("\uFEFF{ \"nodes\": [ { \"id\": \"a\", \"type\": \"sine\" } ], \"outputs\": [\"a\"] }"));

    [Fact]
    public void HugeUnknownNames_AreReportedQuickly()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Only($$"""{ "nodes": [ { "id": "{{new string('A', 50_000)}}", "type": "sine", "freq": "{{new string('B', 50_000)}}" } ], "outputs": [null] }""", "PH1014");

        Assert.DoesNotContain("did you mean", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "suggestions must not build a matrix of the two names");
    }

    [Fact]
    public void BuiltPatchWithAMisspelledName_IsReportedNotThrown()
    {
        var b = new Phasor.Graph.Building.PatchBuilder(TestNodes.Catalogue);
        b.Add("sine", "o").Set("frq", 440);
        b.Add("delay", "d").Set("in", new Phasor.Graph.Model.PortRef("o")).Set("interpolaton", "cubic");
        var patch = b.Output(new Phasor.Graph.Model.PortRef("d")).Build();

        var errors = Phasor.Graph.Validation.PatchValidator.Validate(patch, TestNodes.Catalogue);

        Assert.Equal(2, errors.Count(e => e.Id == "PH1013"));
        Assert.Contains(errors, e => e.Message.Contains("did you mean 'freq'", StringComparison.Ordinal));
    }
}
