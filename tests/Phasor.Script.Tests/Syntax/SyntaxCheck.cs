using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Tests.Syntax;

/// <summary>The one entry point of parser tests: source in, S-expression or located diagnostics out.</summary>
internal static class SyntaxCheck
{
    public static SyntaxTree Parse(string source) => SyntaxTree.Parse(new SourceText("test.ts", source));

    /// <summary>Asserts that <paramref name="source"/> parses without diagnostics to <paramref name="expected"/>.</summary>
    public static void Check(string source, string expected)
    {
        var tree = Parse(source);
        Assert.Equal("", string.Join("\n", tree.Diagnostics.Select(d => d.ToString())));
        Assert.Equal(expected, SyntaxPrinter.Print(tree.Root, tree.Names));
    }

    /// <summary>Asserts the exact diagnostics, each as <c>line:col: ID: message</c>.</summary>
    public static void Errors(string source, params string[] expected)
    {
        var tree = Parse(source);
        Assert.Equal(expected, tree.Diagnostics.Select(Describe).ToArray());
    }

    /// <summary>Asserts that the first diagnostic has <paramref name="id"/>.</summary>
    public static void FirstError(string source, string id)
    {
        var tree = Parse(source);
        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(id, tree.Diagnostics[0].Id);
    }

    public static string Describe(Diagnostic d) => $"{d.Position}: {d.Id}: {d.Message}";
}
