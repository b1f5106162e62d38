using Phasor.Graph.Building;
using Phasor.Graph.Json;
using Phasor.Graph.Model;
using Phasor.Graph.Tests.Support;

namespace Phasor.Graph.Tests.Json;

public sealed class PatchJsonReaderTests
{
    [Fact]
    public void Read_SinePatch_GivesNodesInputsAndOutputs()
    {
        var patch = Patches.Read("""
            { "version": 1, "nodes": [
                { "id": "osc", "type": "sine", "freq": 220 },
                { "id": "amp", "type": "gain", "in": "osc", "level": 0.5 }
              ],
              "outputs": ["amp", "osc.out"] }
            """);

        Assert.Equal(2, patch.Nodes.Length);
        Assert.Equal(new InputValue.Constant(220), patch.Nodes[0].Inputs["freq"]);
        Assert.Equal(new InputValue.Connection(new PortRef("osc")), patch.Nodes[1].Inputs["in"]);
        Assert.Equal(new PortRef?[] { new PortRef("amp"), new PortRef("osc", "out") }, patch.Outputs);
    }

    [Fact]
    public void Read_AllowsCommentsAndTrailingCommas()
    {
        var patch = Patches.Read("""
            // a hand-written patch
            { "nodes": [ { "id": "osc", "type": "sine", /* A3 */ "freq": 220, }, ], "outputs": ["osc"], }
            """);

        Assert.Single(patch.Nodes);
    }

    [Fact]
    public void Read_SyntaxError_IsLocatedAtLineAndColumn()
    {
        var errors = Patches.Errors("{\n  \"nodes\": [\n    { \"id\": \"osc\" \"type\": \"sine\" }\n  ]\n}");

        var error = Assert.Single(errors);
        Assert.Equal("PH1001", error.Id);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.Equal(19, error.Location!.Value.Column);
    }

    [Fact]
    public void Read_UnknownPort_IsLocatedAtItsNameWithASuggestion()
    {
        var errors = Patches.Errors("""
            {
              "nodes": [
                { "id": "osc", "type": "sine", "frq": 220 }
              ],
              "outputs": ["osc"]
            }
            """);

        var error = Assert.Single(errors);
        Assert.Equal("PH1013", error.Id);
        Assert.Contains("did you mean 'freq'", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 36), (error.Location!.Value.Line, error.Location!.Value.Column));
        Assert.Equal("nodes[0].frq", error.Path);
    }

    [Fact]
    public void Read_ReportsEveryStructuralErrorAtOnce()
    {
        var errors = Patches.Errors("""
            { "nodes": [ { "id": "a", "type": "sine", "freq": true }, { "type": "sine" }, 3 ], "outputs": "a", "extra": 1 }
            """);

        Assert.Equal(["PH1002", "PH1002", "PH1003", "PH1004"], errors.Select(e => e.Id).Order());
    }

    [Fact]
    public void Read_MissingNodesAndOutputs_AreReported()
    {
        var errors = Patches.Errors("{}");

        Assert.Equal(["PH1004", "PH1004"], errors.Select(e => e.Id));
        Assert.Contains(errors, e => e.Message.Contains("'nodes'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'outputs'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ColumnsCountCharactersNotBytes()
    {
        const string Text = "{ \"name\": \"héllo wörld\", \"nodes\": [], \"outputs\": [null], \"bogus\": 1 }";
        var errors = Patches.Errors(Text);

        var error = errors.Single(e => e.Id == "PH1003");
        Assert.Equal(Text.IndexOf("\"bogus", StringComparison.Ordinal) + 1, error.Location!.Value.Column);
    }

    [Fact]
    public void Writer_RoundTripsThroughTheReader()
    {
        var b = new PatchBuilder(TestNodes.Catalogue);
        var osc = b.Add("sine", "osc").Set("freq", 110.5);
        var delay = b.Add("delay", "echo").Set("in", osc).Set("time", 0.25).Set("interpolation", "cubic").Oversample(2);
        var patch = b.Output(delay, null, osc.Port("out")).Build();

        var text = PatchJsonWriter.Write(patch, "round trip", TestNodes.Catalogue);
        var back = Patches.Read(text);

        Assert.Equal(PatchJsonWriter.Write(back, "round trip", TestNodes.Catalogue), text);
        Assert.Equal(2, back.Nodes[1].Oversample);
        Assert.Equal("cubic", back.Nodes[1].Params["interpolation"].Text);
        Assert.Null(back.Outputs[1]);
    }
}
