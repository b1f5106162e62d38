namespace Phasor.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void NoArguments_PrintsHelpAndExitsOne()
    {
        var (exit, stdout, _) = CliRunner.Run();

        Assert.Equal(1, exit);
        Assert.Contains("Commands:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void Help_ListsEveryVerb(string flag)
    {
        var (exit, stdout, _) = CliRunner.Run(flag);

        Assert.Equal(0, exit);
        foreach (var verb in new[] { "demo", "render", "check", "nodes" })
        {
            Assert.Contains("  " + verb, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerbHelp_ListsItsOptions()
    {
        var (exit, stdout, _) = CliRunner.Run("render", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--seconds SECONDS", stdout, StringComparison.Ordinal);
        Assert.Contains("--format FORMAT", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerb_SuggestsTheClosestOne()
    {
        var (exit, _, stderr) = CliRunner.Run("rendr");

        Assert.Equal(1, exit);
        Assert.Contains("unknown command 'rendr'; did you mean 'render'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUserError()
    {
        var (exit, _, stderr) = CliRunner.Run("check", CliRunner.Example("sine.json"), "--sceonds", "3");

        Assert.Equal(1, exit);
        Assert.Contains("unknown option '--sceonds'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var (exit, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(0, exit);
        Assert.StartsWith("phasor 0.", stdout, StringComparison.Ordinal);
    }
}
