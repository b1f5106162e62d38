using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Corpus;

/// <summary>
/// Runs every runnable corpus program and compares its stdout with the Node-captured <c>.expected</c> file and its
/// exit code with the <c>// exit:</c> header, the uncaught error's name with <c>// throws:</c> and its stack (line:col of every script frame) with <c>// at:</c>. Goldens come from Node through capture.sh: there is no UPDATE_GOLDEN here.
/// Programs listed in pending.txt must still fail, so the list only shrinks: remove a program once it passes.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string s_root = FindCorpus();
    private static readonly HashSet<string> s_pending = LoadPending();

    /// <summary>Every runnable program, as a path relative to the corpus folder.</summary>
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(s_root, "*.ts", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(s_root, file).Replace('\\', '/');
            if (!relative.StartsWith("syntax-errors/", StringComparison.Ordinal) && !relative.StartsWith("unsupported/", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_PrintsWhatNodePrints(string program)
    {
        var failure = Run(program);
        if (s_pending.Contains(program))
        {
            Assert.True(failure is not null, $"{program} passes now: remove it from Corpus/pending.txt");
        }
        else
        {
            Assert.True(failure is null, failure);
        }
    }

    [Fact]
    public void PendingList_NamesOnlyExistingPrograms()
    {
        foreach (var program in s_pending)
        {
            Assert.True(File.Exists(Path.Combine(s_root, program)), $"pending.txt names a missing program: {program}");
        }
    }

    /// <summary>Runs one program; returns null when it behaves as Node did, else a description of the difference.</summary>
    internal static string? Run(string program)
    {
        var path = Path.Combine(s_root, program);
        var source = File.ReadAllText(path);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected"));
        var expectedExit = source.StartsWith("// exit: ", StringComparison.Ordinal) ? source[9] - '0' : 0;
        var output = new StringWriter { NewLine = "\n" };
        var engine = new ScriptEngine(output, TextWriter.Null) { InstructionBudget = 200_000_000 };
        ScriptResult result;
        try
        {
            result = engine.Evaluate(source, program);
        }
        catch (Exception e)
        {
            return "internal error: " + e;
        }

        var actual = output.ToString();
        if (actual != expected)
        {
            return $"stdout differs\n--- expected\n{expected}\n--- actual\n{actual}\n--- error\n{result.Error}";
        }

        if (result.ExitCode != expectedExit)
        {
            return $"exit code {result.ExitCode}, expected {expectedExit}: {result.Error}";
        }

        var throws = HeaderValue(source, "// throws: ");
        if (throws is not null && result.ErrorName != throws.Split(':')[0])
        {
            return $"threw {result.ErrorName}, expected {throws}: {result.Error}";
        }

        var at = HeaderValue(source, "// at: ");
        if (at is not null && string.Join(" ", Frames(result.Error ?? "", program)) != at)
        {
            return $"the stack is not at {at}: {result.Error}";
        }

        return null;
    }

    /// <summary>The line:col of each frame of an uncaught error's report that lies in <paramref name="program"/>, innermost first.</summary>
    internal static IEnumerable<string> Frames(string error, string program)
    {
        var marker = program + ":";
        foreach (var line in error.Split('\n'))
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal) && at >= 0)
            {
                yield return line[(at + marker.Length)..].TrimEnd(')', ' ', '\r');
            }
        }
    }

    private static string? HeaderValue(string source, string prefix)
    {
        foreach (var line in source.Split('\n').Take(4))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].Trim();
            }
        }

        return null;
    }

    private static HashSet<string> LoadPending()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var file = Path.Combine(s_root, "pending.txt");
        if (File.Exists(file))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                var entry = line.Split('#')[0].Trim();
                if (entry.Length > 0)
                {
                    set.Add(entry.Split(' ')[0]);
                }
            }
        }

        return set;
    }

    internal static string FindCorpus()
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
