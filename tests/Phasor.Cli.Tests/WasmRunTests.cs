namespace Phasor.Cli.Tests;

/// <summary>`phasor wasm run` on the C programs of tests/wasm-programs (built by its build.sh).</summary>
public sealed class WasmRunTests
{
    private static string Program(string name) => Path.Combine(CliRunner.RepoRoot, "tests", "wasm-programs", name + ".wasm");

    private static string Lf(string text) => text.Replace("\r", "", StringComparison.Ordinal);

    [Fact]
    public void RunsACommandAndPrintsItsOutput()
    {
        var (exit, stdout, stderr) = CliRunner.Run("wasm", "run", Program("hello"));
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(Program("hello"), "expected")), Lf(stdout));
        Assert.Equal("a line on stderr\n", Lf(stderr));
    }

    [Fact]
    public void PassesArgumentsAndEnvironment()
    {
        var (exit, stdout, _) = CliRunner.Run("wasm", "run", Program("args"), "one", "two words", "--env", "GREETING=hi", "--env", "X=1=2", "--", "--flag");
        Assert.Equal(0, exit);
        Assert.Equal(
            "argc = 4\nargv[1] = \"one\"\nargv[2] = \"two words\"\nargv[3] = \"--flag\"\nGREETING = hi\nMISSING = (unset)\n" +
            "env: GREETING=hi\nenv: X=1=2\n2 variables\n",
            Lf(stdout));
    }

    [Fact]
    public void ExitsWithTheGuestsCode()
    {
        Assert.Equal(3, CliRunner.Run("wasm", "run", Program("exit")).Exit);
        var (exit, stdout, _) = CliRunner.Run("wasm", "run", Program("retcode"), "a", "b", "c");
        Assert.Equal(44, exit);
        Assert.Equal("returning 44\n", Lf(stdout));
    }

    [Fact]
    public void PreopensDirectoriesUnderTheirGuestNames()
    {
        using var dir = new TempDir();
        var (exit, stdout, stderr) = CliRunner.Run("wasm", "run", Program("files"), "--dir", $"{dir.Path}::/sandbox");
        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Contains("escape with ..: refused\n", Lf(stdout), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "notes", "renamed.txt")));
    }

    [Fact]
    public void WithoutThePreopenTheProgramCannotReachFiles()
    {
        var (exit, stdout, _) = CliRunner.Run("wasm", "run", Program("files"));
        Assert.Equal(1, exit);
        Assert.StartsWith("mkdir: ", Lf(stdout), StringComparison.Ordinal);
    }

    [Fact]
    public void ATrapPrintsItsMessageAndFunction()
    {
        var (exit, stdout, stderr) = CliRunner.Run("wasm", "run", Program("trap"));
        Assert.Equal(134, exit);
        Assert.Equal("about to divide by 0\n", Lf(stdout));
        Assert.Matches(@"^.*trap\.wasm: trap in divide \(function \d+\): integer divide by zero\n$", Lf(stderr));
    }

    [Fact]
    public void FuelStopsARunawayGuest()
    {
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("alloc"), "--fuel", "1000");
        Assert.Equal(134, exit);
        Assert.Contains("fuel exhausted", stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("wasm", "run", Program("alloc"), "--fuel", "100000000").Exit);
    }

    [Theory]
    [InlineData("add", new[] { "2", "40" }, "42\n")]
    [InlineData("add", new[] { "-1", "0xFFFFFFFF" }, "-2\n")]
    [InlineData("mul64", new[] { "4294967296", "-3" }, "-12884901888\n")]
    [InlineData("hypot", new[] { "3", "4" }, "5\n")]
    [InlineData("half", new[] { "1" }, "0.5\n")]
    [InlineData("half", new[] { "inf" }, "inf\n")]
    [InlineData("nothing", new string[0], "")]
    public void InvokesAnExportAndPrintsItsResults(string name, string[] values, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.Run(["wasm", "run", Program("calc"), "--invoke", name, .. values]);
        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Equal(expected, Lf(stdout));
    }

    [Fact]
    public void InvokeChecksTheArguments()
    {
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"), "--invoke", "add", "1");
        Assert.Equal(1, exit);
        Assert.Contains("add takes 2 arguments ([i32 i32] -> [i32]), got 1", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"), "--invoke", "add", "1", "x");
        Assert.Equal(1, exit);
        Assert.Contains("argument 2 of add must be an i32, got 'x'", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"), "--invoke", "add", "1", "4294967296");
        Assert.Equal(1, exit);

        (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"), "--invoke", "sub");
        Assert.Equal(1, exit);
        Assert.Contains("exports no function 'sub'; its functions: _initialize, add, count,", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvokedExportThatTrapsIsReported()
    {
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"), "--invoke", "divide", "1", "0");
        Assert.Equal(134, exit);
        Assert.Matches(@"trap in divide \(function \d+\): integer divide by zero", stderr);
    }

    [Fact]
    public void AReactorIsNotACommand()
    {
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", Program("calc"));
        Assert.Equal(1, exit);
        Assert.Contains("is not a WASI command (it exports no _start); call an export with --invoke NAME", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedAndInvalidModulesExitOneWithTheLocatedMessage()
    {
        using var dir = new TempDir();
        var malformed = dir.File("bad.wasm");
        File.WriteAllBytes(malformed, [0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00]);
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", malformed);
        Assert.Equal(1, exit);
        Assert.Contains($"{malformed}: malformed module at byte 0x4: unknown binary version", stderr, StringComparison.Ordinal);

        // (module (func (result i32) i64.const 1))
        var invalid = dir.File("invalid.wasm");
        File.WriteAllBytes(invalid, [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
            0x06, 0x01, 0x04, 0x00, 0x42, 0x01, 0x0B]);
        (exit, _, stderr) = CliRunner.Run("wasm", "run", invalid);
        Assert.Equal(1, exit);
        Assert.Contains($"{invalid}: ", stderr, StringComparison.Ordinal);
        Assert.Contains("type mismatch", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownImportIsALinkError()
    {
        using var dir = new TempDir();
        // (module (import "env" "log" (func)))
        var path = dir.File("imports.wasm");
        File.WriteAllBytes(path, [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x0B, 0x01, 0x03, 0x65, 0x6E,
            0x76, 0x03, 0x6C, 0x6F, 0x67, 0x00, 0x00]);
        var (exit, _, stderr) = CliRunner.Run("wasm", "run", path);
        Assert.Equal(1, exit);
        Assert.Contains($"{path}: unknown import: \"env\" \"log\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOptionsAreUsageErrors()
    {
        Assert.Contains("--dir", CliRunner.Run("wasm", "run", Program("hello"), "--dir", "/no/such/dir/anywhere").Err, StringComparison.Ordinal);
        Assert.Contains("--env expects K=V", CliRunner.Run("wasm", "run", Program("hello"), "--env", "NOEQUALS").Err, StringComparison.Ordinal);
        Assert.Contains("--fuel expects", CliRunner.Run("wasm", "run", Program("hello"), "--fuel", "lots").Err, StringComparison.Ordinal);
        Assert.Contains("cannot read", CliRunner.Run("wasm", "run", "/no/such/module.wasm").Err, StringComparison.Ordinal);
    }
}
