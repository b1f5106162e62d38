using System.Text;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>
/// The C programs of tests/wasm-programs, built with clang and wasi-libc, run through the interpreter tier and held to
/// what Node's WASI made of them (build.sh records it): standard output and error, exit code, and the files left in
/// the preopened /sandbox.
/// </summary>
public sealed class ProgramTests
{
    public static TheoryData<string> Programs() => new(Names());

    /// <summary>Gets the programs that have expectations: the commands (build.sh gives each one an exit code file).</summary>
    private static List<string> Names() =>
        [.. Directory.EnumerateFiles(WasiPrograms.Folder, "*.exitcode").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryCommandProgramHasExpectations()
    {
        var programs = Names();
        Assert.Contains("hello", programs);
        Assert.Contains("files", programs);
        Assert.True(programs.Count >= 8, $"only {programs.Count} programs have expectations");
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void RunsAsUnderNode(string name)
    {
        var sandbox = Directory.CreateTempSubdirectory("phasor-wasi-");
        try
        {
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var exitCode = WasiPrograms.Run(File.ReadAllBytes(PathOf(name, "wasm")), new WasiConfiguration
            {
                Arguments = [name, .. Lines(name, "args")],
                Environment = [.. Lines(name, "env").Select(l => KeyValuePair.Create(l[..l.IndexOf('=', StringComparison.Ordinal)], l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]))],
                StandardInput = File.Exists(PathOf(name, "stdin")) ? new MemoryStream(File.ReadAllBytes(PathOf(name, "stdin"))) : null,
                StandardOutput = stdout,
                StandardError = stderr,
                Preopens = [new WasiPreopen(sandbox.FullName, "/sandbox")],
            });

            Assert.Equal(Expected(name, "expected"), Encoding.UTF8.GetString(stdout.ToArray()));
            Assert.Equal(Expected(name, "stderr"), Encoding.UTF8.GetString(stderr.ToArray()));
            Assert.Equal(int.Parse(Expected(name, "exitcode"), System.Globalization.CultureInfo.InvariantCulture), exitCode);
            Assert.Equal(Expected(name, "tree"), SandboxTree.List(sandbox.FullName));
        }
        finally
        {
            sandbox.Delete(recursive: true);
        }
    }

    private static string PathOf(string name, string extension) => Path.Combine(WasiPrograms.Folder, $"{name}.{extension}");

    private static string Expected(string name, string extension) =>
        File.Exists(PathOf(name, extension)) ? File.ReadAllText(PathOf(name, extension)) : "";

    /// <summary>Reads an options file's lines as run-node.mjs does: a final newline ends the last line, it adds none.</summary>
    private static string[] Lines(string name, string extension)
    {
        var text = Expected(name, extension);
        return text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
    }
}
