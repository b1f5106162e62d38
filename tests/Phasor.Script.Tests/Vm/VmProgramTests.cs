using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Vm;

/// <summary>
/// Programs written against VM corner cases (finally on every exit path, per-iteration bindings, super in arrows
/// and object literals, callbacks that throw), each with stdout captured from Node by shared/tools/node-expected.
/// </summary>
public sealed class VmProgramTests
{
    /// <summary>Every program in Vm/Programs.</summary>
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(), "*.ts").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_PrintsWhatNodePrints(string name)
    {
        var path = Path.Combine(Folder(), name);
        var output = new StringWriter { NewLine = "\n" };

        var result = new ScriptEngine(output).Evaluate(File.ReadAllText(path), name);

        Assert.True(result.Success, result.Error);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(path, ".expected")), output.ToString());
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Phasor.Script.Tests", "Vm", "Programs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Phasor.Script.Tests/Vm/Programs");
    }
}
