using Phasor.Script.Binding;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Tests.Syntax;

/// <summary>
/// The corpus programs that must be rejected: each <c>syntax-errors/</c> and <c>unsupported/</c> program reports a
/// diagnostic at exactly the distinct positions its <c>.errors</c> file lists, and every diagnostic of an
/// <c>unsupported/</c> program is a PS11xx "not supported" one.
/// </summary>
public sealed class DiagnosticCorpusTests
{
    /// <summary>Every rejected program, as a path relative to the corpus folder.</summary>
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var area in new[] { "syntax-errors", "unsupported" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Corpus(), area), "*.ts").Order(StringComparer.Ordinal))
            {
                data.Add(area + "/" + Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_IsRejectedAtTheListedPositions(string program)
    {
        var path = Path.Combine(Corpus(), program);
        var tree = SyntaxTree.Parse(new SourceText(program, File.ReadAllText(path)));
        if (!tree.Diagnostics.HasErrors)
        {
            Binder.Bind(tree);
        }

        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".errors")).Where(l => l.Trim().Length > 0).Select(l => l.Trim());
        var actual = tree.Diagnostics.Select(d => $"{d.Position.Line}:{d.Position.Column}").Distinct();
        Assert.Equal(string.Join(" ", expected), string.Join(" ", actual.Order(Comparer<string>.Create(ByPosition))));
        if (program.StartsWith("unsupported/", StringComparison.Ordinal))
        {
            Assert.All(tree.Diagnostics, d => Assert.StartsWith("PS11", d.Id, StringComparison.Ordinal));
            Assert.All(tree.Diagnostics, d => Assert.Contains("not supported", d.Message, StringComparison.Ordinal));
        }
    }

    private static int ByPosition(string? a, string? b)
    {
        var (x, y) = (a!.Split(':').Select(int.Parse).ToArray(), b!.Split(':').Select(int.Parse).ToArray());
        return x[0] != y[0] ? x[0].CompareTo(y[0]) : x[1].CompareTo(y[1]);
    }

    private static string Corpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Phasor.Script.Tests", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Phasor.Script.Tests/Corpus");
    }
}
