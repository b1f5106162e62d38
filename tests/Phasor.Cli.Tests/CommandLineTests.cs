using Phasor.Cli.CommandLine;

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

    [Fact]
    public void Parse_PassThrough_KeepsEverythingAfterTheFirstPositionalAsItIs()
    {
        OptionSpec[] specs = [new("budget", null, "N", "budget"), new("disasm", null, null, "flag")];

        var parsed = ArgParser.Parse("run", ["--budget", "5", "file.ts", "--disasm", "--", "-x", "--budget=3"], specs, int.MaxValue, passThroughAfter: 1);

        Assert.Equal("5", parsed.Text("budget"));
        Assert.False(parsed.Has("disasm"));
        Assert.Equal(["file.ts", "--disasm", "--", "-x", "--budget=3"], parsed.Positional);
    }

    [Fact]
    public void Parse_WithoutPassThrough_StillRejectsOptionsAfterPositionals()
    {
        OptionSpec[] specs = [new("budget", null, "N", "budget")];

        var e = Assert.Throws<UsageException>(() => ArgParser.Parse("check", ["file", "--bogus"], specs, 1));

        Assert.Contains("unknown option '--bogus'", e.Message, StringComparison.Ordinal);
    }
}
