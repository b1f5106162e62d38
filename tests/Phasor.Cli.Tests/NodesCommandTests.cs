using Phasor.Graph.Catalogue;

namespace Phasor.Cli.Tests;

public sealed class NodesCommandTests
{
    [Fact]
    public void Nodes_ListsEveryTypeInTheCatalogue()
    {
        var (exit, stdout, _) = CliRunner.Run("nodes");

        Assert.Equal(0, exit);
        foreach (var kernel in NodeCatalogue.Default.Kernels)
        {
            Assert.Contains("  " + kernel.Spec.Type + " ", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nodes_Type_ShowsPortsAndParameters()
    {
        var (exit, stdout, _) = CliRunner.Run("nodes", "delay");

        Assert.Equal(0, exit);
        Assert.Contains("Inputs:", stdout, StringComparison.Ordinal);
        Assert.Contains("time", stdout, StringComparison.Ordinal);
        Assert.Contains("maxTime", stdout, StringComparison.Ordinal);
        Assert.Contains("Feedback loops may close through its 'in' input", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_UnknownType_SuggestsOne()
    {
        var (exit, _, stderr) = CliRunner.Run("nodes", "biqad");

        Assert.Equal(1, exit);
        Assert.Contains("did you mean 'biquad'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NodesMarkdown_IsDocsNodesMd()
    {
        var (exit, stdout, _) = CliRunner.Run("nodes", "--markdown");
        var path = Path.Combine(CliRunner.RepoRoot, "docs", "nodes.md");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, stdout);
        }

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(path), stdout);
    }
}
