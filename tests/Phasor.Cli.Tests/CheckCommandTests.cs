namespace Phasor.Cli.Tests;

public sealed class CheckCommandTests
{
    [Theory]
    [InlineData("sine.json")]
    [InlineData("fm.json")]
    [InlineData("complex.json")]
    public void Check_Examples_AreOk(string name)
    {
        var (exit, stdout, stderr) = CliRunner.Run("check", CliRunner.Example(name));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.EndsWith(": ok (" + stdout.Split("(")[1], stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Plan_ShowsStagesBuffersAndState()
    {
        var (exit, stdout, _) = CliRunner.Run("check", CliRunner.Example("complex.json"), "--plan");

        Assert.Equal(0, exit);
        Assert.Contains("stage 0:", stdout, StringComparison.Ordinal);
        Assert.Contains("v1ladder (ladder)", stdout, StringComparison.Ordinal);
        Assert.Contains("wire buffers shared by", stdout, StringComparison.Ordinal);
        Assert.Contains("state:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsEveryErrorWithFileLineAndColumn()
    {
        using var dir = new TempDir();
        var patch = dir.Write("loop.json", """
            {
              "nodes": [
                { "id": "a", "type": "gain", "in": "b" },
                { "id": "b", "type": "gain", "in": "a", "levle": 2 },
                { "id": "c", "type": "sawtooth" }
              ],
              "outputs": ["a"]
            }
            """);

        var (exit, stdout, stderr) = CliRunner.Run("check", patch);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("loop.json:4:45: error PH1013: node 'b' (gain) has no input or parameter 'levle'; did you mean 'level'?", stderr, StringComparison.Ordinal);
        Assert.Contains("loop.json:5:26: error PH1010: unknown node type 'sawtooth'", stderr, StringComparison.Ordinal);
        Assert.Contains("2 errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LoopWithoutDelay_NamesTheLoop()
    {
        using var dir = new TempDir();
        var patch = dir.Write("loop.json", """{ "nodes": [ { "id": "a", "type": "gain", "in": "b" }, { "id": "b", "type": "gain", "in": "a" } ], "outputs": ["a"] }""");

        var (exit, _, stderr) = CliRunner.Run("check", patch);

        Assert.Equal(1, exit);
        Assert.Contains("feedback loop with no delay: a -> b -> a", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidJson_PointsAtTheSyntaxError()
    {
        using var dir = new TempDir();
        var patch = dir.Write("broken.json", "{\n  \"nodes\": [\n  \"outputs\": []\n}\n");

        var (exit, _, stderr) = CliRunner.Run("check", patch);

        Assert.Equal(1, exit);
        Assert.Contains("broken.json:3:12: error PH1001: invalid JSON", stderr, StringComparison.Ordinal);
    }
}
