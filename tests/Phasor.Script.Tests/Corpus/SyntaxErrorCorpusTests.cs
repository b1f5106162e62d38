using Phasor.Script.Diagnostics;
using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Corpus;

/// <summary>
/// Compiles every program in <c>Corpus/syntax-errors</c> and <c>Corpus/unsupported</c> and compares the positions of
/// its diagnostics with the <c>line:col</c> list of its <c>.errors</c> file, as Corpus/README.md specifies: the set of
/// distinct positions must be equal (two diagnostics at one position count once). In <c>syntax-errors/</c> no
/// diagnostic may be a "not supported" one (PS11xx); in <c>unsupported/</c> every listed position must carry one.
/// The programs are compiled through the engine's own path and never run. Programs in <see cref="s_pending"/> do not
/// match yet; the test asserts that they still differ, so the list only shrinks: remove a program once it passes.
/// </summary>
public sealed class SyntaxErrorCorpusTests
{
    private const string NotSupportedPrefix = "PS11";

    private static readonly string s_root = FindCorpus();

    /// <summary>Programs whose diagnostics differ from their .errors file today, with how.</summary>
    private static readonly Dictionary<string, string> s_pending = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Every rejected program, as a path relative to the corpus folder.</summary>
    public static TheoryData<string> Programs() => new(ProgramPaths());

    private static IEnumerable<string> ProgramPaths() =>
        from area in new[] { "syntax-errors", "unsupported" }
        from file in Directory.EnumerateFiles(Path.Combine(s_root, area), "*.ts").Order(StringComparer.Ordinal)
        select area + "/" + Path.GetFileName(file);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_IsRejectedAtTheListedPositions(string program)
    {
        var diagnostics = Compile(program);
        var expected = ExpectedPositions(program);

        var actual = diagnostics.Select(d => d.Position).Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).Select(p => p.ToString()).ToList();
        var matches = expected.SequenceEqual(actual);
        if (s_pending.TryGetValue(program, out var reason))
        {
            Assert.False(matches, $"{program} passes now: remove it from SyntaxErrorCorpusTests.s_pending ({reason})");
        }
        else
        {
            Assert.True(matches, $"{program}: expected diagnostics at {string.Join(", ", expected)}\nbut got:\n{Describe(diagnostics)}");
        }
    }

    [Fact]
    public void PendingList_NamesOnlyExistingPrograms()
    {
        foreach (var program in s_pending.Keys)
        {
            Assert.Contains(program, ProgramPaths());
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_DiagnosticsSayWhetherAFeatureIsUnsupported(string program)
    {
        var diagnostics = Compile(program);

        if (program.StartsWith("unsupported/", StringComparison.Ordinal))
        {
            foreach (var position in ExpectedPositions(program))
            {
                Assert.True(
                    diagnostics.Any(d => d.Position.ToString() == position && d.Id.StartsWith(NotSupportedPrefix, StringComparison.Ordinal)
                        && d.Message.Contains("not supported", StringComparison.Ordinal)),
                    $"{program}: no 'not supported' diagnostic at {position}:\n{Describe(diagnostics)}");
            }
        }
        else
        {
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith(NotSupportedPrefix, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryRejectedProgram_HasAnErrorsFile()
    {
        foreach (var program in ProgramPaths())
        {
            Assert.True(File.Exists(ErrorsFile(program)), $"{program} has no .errors file");
        }
    }

    /// <summary>The diagnostics of compiling <paramref name="program"/>; a program that compiles is a failure in itself.</summary>
    private static IReadOnlyList<Diagnostic> Compile(string program)
    {
        var source = File.ReadAllText(Path.Combine(s_root, program));
        var chunk = new ScriptEngine().Compile(source, program, out var failure);
        Assert.True(chunk is null, $"{program} compiled without errors");
        Assert.True(failure!.Diagnostics.Count > 0, $"{program} was rejected without located diagnostics: {failure.Error}");
        foreach (var diagnostic in failure.Diagnostics)
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Matches(@"^PS\d{4}$", diagnostic.Id);
        }

        return failure.Diagnostics;
    }

    /// <summary>The positions of the <c>.errors</c> file, which lists them in source order, as "line:col".</summary>
    private static List<string> ExpectedPositions(string program)
    {
        var positions = new List<string>();
        foreach (var line in File.ReadAllLines(ErrorsFile(program)))
        {
            var entry = line.Trim();
            if (entry.Length > 0)
            {
                Assert.Matches(@"^\d+:\d+$", entry);
                positions.Add(entry);
            }
        }

        return positions;
    }

    private static string ErrorsFile(string program) => Path.ChangeExtension(Path.Combine(s_root, program), ".errors");

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => "  " + d));

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Phasor.Script.Tests", "Corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Phasor.Script.Tests/Corpus not found above " + AppContext.BaseDirectory);
    }
}
