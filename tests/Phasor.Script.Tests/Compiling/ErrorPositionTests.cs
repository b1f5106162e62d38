using Phasor.Script.Hosting;
using Phasor.Script.Tests.Corpus;

namespace Phasor.Script.Tests.Compiling;

/// <summary>
/// Uncaught errors point where V8 points: each snippet of ErrorPositions.tsv (captured from Node by
/// capture-error-positions.js) must report the same line:col for every script frame, and the same error name.
/// </summary>
public sealed class ErrorPositionTests
{
    private const string FileName = "snippet.ts";

    /// <summary>Every snippet with its expected frames, as "line:col line:col | Name".</summary>
    public static TheoryData<string, string> Snippets()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder(), "ErrorPositions.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var columns = line.Split('\t');
                data.Add(columns[0], columns[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void UncaughtError_IsReportedWhereV8ReportsIt(string snippet, string expected)
    {
        var result = new ScriptEngine(TextWriter.Null, TextWriter.Null).Evaluate(snippet.Replace("\\n", "\n", StringComparison.Ordinal), FileName);

        Assert.False(result.Success, "the snippet ran without an error");
        var frames = string.Join(" ", CorpusTests.Frames(result.Error!, FileName));
        Assert.Equal(expected, frames + " | " + (result.ErrorName ?? "?"));
    }

    [Fact]
    public void Frames_ReadsEveryScriptFrame_InnermostFirst()
    {
        const string Report = "Uncaught TypeError: x is not a function\n    at f (p.ts:7:50)\n    at <anonymous> (p.ts:3:1)\n    at <script> (p.ts:9:1)";

        Assert.Equal(["7:50", "3:1", "9:1"], CorpusTests.Frames(Report, "p.ts"));
        Assert.Equal(["5:1"], CorpusTests.Frames("Uncaught 'just a string'\n    at p.ts:5:1", "p.ts"));
        Assert.Empty(CorpusTests.Frames("Uncaught Error: at p.ts:1:1 in the message", "p.ts"));
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Phasor.Script.Tests", "Compiling");
            if (File.Exists(Path.Combine(candidate, "ErrorPositions.tsv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Phasor.Script.Tests/Compiling/ErrorPositions.tsv");
    }
}
