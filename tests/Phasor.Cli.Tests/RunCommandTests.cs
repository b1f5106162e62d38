namespace Phasor.Cli.Tests;

public sealed class RunCommandTests
{
    private static string Script(string name) => CliRunner.Example(Path.Combine("scripts", name));

    public static TheoryData<string> ExampleScripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepoRoot, "examples", "scripts"), "*.ts").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleScripts))]
    public void Run_ExampleScripts_PrintWhatNodePrints(string name)
    {
        var (exit, stdout, stderr) = CliRunner.Run("run", Script(name));

        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(Script(name), ".expected")), stdout);
    }

    [Fact]
    public void Run_Hello_PrintsToStdoutAndExitsZero()
    {
        var (exit, stdout, stderr) = CliRunner.Run("run", Script("hello.ts"));

        Assert.Equal((0, "Hello, world!\n", ""), (exit, stdout, stderr));
    }

    [Fact]
    public void Run_ArgumentsAfterTheFile_AreTheScriptsIncludingOptions()
    {
        var (exit, stdout, _) = CliRunner.Run("run", Script("args.ts"), "one", "two words", "--help", "--budget", "-x");

        Assert.Equal(0, exit);
        Assert.Equal("5 argument(s)\n  [0] \"one\"\n  [1] \"two words\"\n  [2] \"--help\"\n  [3] \"--budget\"\n  [4] \"-x\"\n", stdout);
    }

    [Fact]
    public void Run_ProcessArgv_IsRuntimeThenAbsoluteScriptPathThenArguments()
    {
        using var dir = new TempDir();
        var path = dir.Write("argv.ts", "console.log(process.argv.length, process.argv[1], process.argv[2], typeof process.argv[0]);");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);

        var (exit, stdout, _) = CliRunner.Run("run", relative, "a");

        Assert.Equal(0, exit);
        Assert.Equal($"3 {path} a string\n", stdout);
    }

    [Fact]
    public void Run_ArgumentsWithQuotesEscapesAndUnicode_ReachTheScriptUnchanged()
    {
        using var dir = new TempDir();
        var path = dir.Write("raw.ts", "console.log(process.argv.slice(2).join('|'));\nconsole.log(process.argv.slice(2).map(a => a.length).join(','));");
        string[] args = ["quote\"d 'x'", "back\\slash \\u0041", "new\nline\r", "sep\u2028ara\u2029tor", "note \U0001F3B5", "tab\there\u0001", "", "${x}`"];

        var (exit, stdout, stderr) = CliRunner.Run(["run", path, .. args]);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(string.Join("|", args) + "\n" + string.Join(",", args.Select(a => a.Length)) + "\n", stdout);
    }

    [Fact]
    public void Run_ProcessHelpers_LeaveNoOtherGlobals()
    {
        using var dir = new TempDir();
        var path = dir.Write("globals.ts", "console.log(typeof __phasorProcessExit, typeof process.exit, process.platform.length > 0, Object.keys(globalThis).includes('process'));");

        var (exit, stdout, _) = CliRunner.Run("run", path);

        Assert.Equal((0, "undefined function true false\n"), (exit, stdout));
    }

    [Fact]
    public void Run_ScriptMayDeclareItsOwnProcess()
    {
        using var dir = new TempDir();
        var path = dir.Write("shadow.ts", "const process = { argv: ['mine'] };\nconsole.log(process.argv[0]);");

        var (exit, stdout, stderr) = CliRunner.Run("run", path);

        Assert.Equal((0, "mine\n", ""), (exit, stdout, stderr));
    }

    [Theory]
    [InlineData("process.exitCode = 3;\nconsole.log('set');", 3, "set\n")]
    [InlineData("try {\n  process.exit(4);\n} finally {\n  console.log('finally does not run');\n}", 4, "")]
    [InlineData("process.exitCode = 5;\nprocess.exit();", 5, "")]
    [InlineData("console.log('a');\nprocess.exit(0);\nconsole.log('b');", 0, "a\n")]
    public void Run_ProcessExitAndExitCode_SetTheExitCode(string source, int expectedExit, string expectedOut)
    {
        using var dir = new TempDir();
        var path = dir.Write("exit.ts", source);

        var (exit, stdout, stderr) = CliRunner.Run("run", path);

        Assert.Equal((expectedExit, expectedOut, ""), (exit, stdout, stderr));
    }

    [Fact]
    public void Run_SyntaxErrors_ReportsEveryOneWithPositionSourceLineAndCaret()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.ts", "let a = 1;\nlet b = * 2;\nconsole.log((a + b);\n\tlet c = ;\n");

        var (exit, stdout, stderr) = CliRunner.Run("run", path);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"{path}:2:9: error PS1002: Found '*' where an expression was expected\n" +
            "let b = * 2;\n" +
            "        ^\n" +
            $"{path}:3:20: error PS1002: Found ';' where ')' was expected\n" +
            "console.log((a + b);\n" +
            "                   ^\n" +
            $"{path}:4:10: error PS1002: Found ';' where an expression was expected\n" +
            "\tlet c = ;\n" +
            "\t        ^\n" +
            "3 errors\n",
            stderr);
    }

    [Fact]
    public void Run_ScopeError_IsReportedBeforeAnythingRuns()
    {
        using var dir = new TempDir();
        var path = dir.Write("scope.ts", "console.log('never');\nlet x = 1;\nlet x = 2;\n");

        var (exit, stdout, stderr) = CliRunner.Run("run", path);

        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal($"{path}:3:5: error PS2001: Identifier 'x' has already been declared\nlet x = 2;\n    ^\n1 error\n", stderr);
    }

    [Fact]
    public void Run_UncaughtError_PrintsSourceLineCaretNameMessageAndStack()
    {
        using var dir = new TempDir();
        var path = dir.Write("throws.ts", """
            function check(note: number) {
              if (note > 127) {
                throw new RangeError(`note ${note} is out of range`);
              }
            }
            function play(notes: number[]) {
              for (const n of notes) check(n);
            }
            console.log("before");
            play([60, 200]);
            """);

        var (exit, stdout, stderr) = CliRunner.Run("run", path);

        Assert.Equal((1, "before\n"), (exit, stdout));
        Assert.Equal(
            $"{path}:3\n" +
            "    throw new RangeError(`note ${note} is out of range`);\n" +
            "          ^\n" +
            "\n" +
            "RangeError: note 200 is out of range\n" +
            $"    at check ({path}:3:11)\n" +
            $"    at play ({path}:7:26)\n" +
            $"    at <script> ({path}:10:1)\n",
            stderr);
    }

    [Fact]
    public void Run_EngineTypeError_NamesTheErrorAndItsFrame()
    {
        using var dir = new TempDir();
        var path = dir.Write("type.ts", "const voice: any = undefined;\nconsole.log(voice.gain);\n");

        var (exit, _, stderr) = CliRunner.Run("run", path);

        Assert.Equal(1, exit);
        Assert.Contains("\nTypeError: Cannot read properties of undefined (reading 'gain')\n", stderr, StringComparison.Ordinal);
        Assert.Contains($"    at <script> ({path}:2:", stderr, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:2\nconsole.log(voice.gain);\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ThrownNonError_PrintsTheValueAndWhereItWasThrown()
    {
        using var dir = new TempDir();
        var path = dir.Write("value.ts", "console.log(1);\nthrow 42;\n");

        var (exit, _, stderr) = CliRunner.Run("run", path);

        Assert.Equal(1, exit);
        Assert.Equal($"{path}:2\nthrow 42;\n^\n\n42\n    at {path}:2:1\n", stderr);
    }

    [Fact]
    public void Run_Budget_StopsAnEndlessLoop()
    {
        using var dir = new TempDir();
        var path = dir.Write("loop.ts", "console.log('start');\nfor (;;) {}\n");

        var (exit, stdout, stderr) = CliRunner.Run("run", "--budget", "100000", path);

        Assert.Equal((1, "start\n"), (exit, stdout));
        Assert.Equal($"{path}: Script stopped: it exceeded its instruction budget of 100000 steps (an endless loop?). Raise the limit with --budget N.\n", stderr);
    }

    [Fact]
    public void Run_Budget_LeavesAScriptWithinItAlone()
    {
        using var dir = new TempDir();
        var path = dir.Write("short.ts", "let s = 0;\nfor (let i = 0; i < 1000; i++) s += i;\nconsole.log(s);\n");

        var (exit, stdout, _) = CliRunner.Run("run", "--budget", "100000", path);

        Assert.Equal((0, "499500\n"), (exit, stdout));
    }

    [Fact]
    public void Run_Timeout_StopsAnEndlessLoop()
    {
        using var dir = new TempDir();
        var path = dir.Write("loop.ts", "let n = 0;\nwhile (true) { n++; }\n");

        var (exit, _, stderr) = CliRunner.Run("run", "--timeout", "0.2", path);

        Assert.Equal(1, exit);
        Assert.Equal($"{path}: Script stopped: it ran longer than its --timeout of 0.2 s.\n", stderr);
    }

    [Fact]
    public void Run_CtrlC_StopsTheScriptWithExitCode130()
    {
        using var dir = new TempDir();
        var path = dir.Write("loop.ts", "for (;;) {}\n");
        var interrupts = new FakeInterrupts(TimeSpan.FromMilliseconds(50));

        var (exit, _, stderr) = CliRunner.RunWith(c => c with { Interrupts = interrupts }, "run", path);

        Assert.Equal(130, exit);
        Assert.Equal($"{path}: Script stopped: interrupted (Ctrl+C).\n", stderr);
        Assert.Equal(1, interrupts.Traps);
    }

    [Theory]
    [InlineData("--budget", "0")]
    [InlineData("--budget", "1.5")]
    [InlineData("--budget", "many")]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "soon")]
    public void Run_BadLimit_IsAUserError(string option, string value)
    {
        var (exit, stdout, stderr) = CliRunner.Run("run", option, value, Script("hello.ts"));

        Assert.Equal((1, ""), (exit, stdout));
        Assert.StartsWith($"phasor: {option} ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_IsAUserError()
    {
        var (exit, stdout, stderr) = CliRunner.Run("run", "no/such/script.ts");

        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal("phasor: cannot read 'no/such/script.ts': no such directory\n", stderr);
    }

    [Fact]
    public void Run_Directory_IsAUserError()
    {
        using var dir = new TempDir();

        var (exit, _, stderr) = CliRunner.Run("run", dir.Path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"phasor: cannot read '{dir.Path}': ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoFile_SaysWhatIsMissing()
    {
        var (exit, _, stderr) = CliRunner.Run("run");

        Assert.Equal(1, exit);
        Assert.Equal("phasor: missing FILE.ts; usage: phasor run [--budget N] [--timeout SECONDS] [--disasm] FILE.ts [ARGS...]\n", stderr);
    }

    [Fact]
    public void Run_UnknownOptionBeforeTheFile_IsAUserError()
    {
        var (exit, _, stderr) = CliRunner.Run("run", "--budgte", "5", Script("hello.ts"));

        Assert.Equal(1, exit);
        Assert.Contains("unknown option '--budgte' for 'phasor run'; options: --budget, --timeout, --disasm, --help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Dash_ReadsTheProgramFromStdin()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithInput("console.log(6 * 7);\nnull.x;\n", "run", "-");

        Assert.Equal((1, "42\n"), (exit, stdout));
        Assert.Contains("    at <script> ([stdin]:2:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailingOutput_IsAnInternalErrorWithExitCodeTwo()
    {
        using var stderr = new StringWriter();
        var context = new CliContext(new FailingWriter(), stderr, Interactive: false);

        var exit = Cli.Run(["run", Script("hello.ts")], context);

        Assert.Equal(2, exit);
        Assert.StartsWith("phasor: internal error: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Disasm_PrintsTheBytecodeWithoutRunning()
    {
        var (exit, stdout, stderr) = CliRunner.Run("run", "--disasm", Script("hello.ts"));

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("== <script> params=0 registers=", stdout, StringComparison.Ordinal);
        Assert.Contains("lda_const 'Hello, '", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello, world!", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Disasm_ListsNestedFunctions()
    {
        var (exit, stdout, _) = CliRunner.Run("run", "--disasm", Script("scale.ts"));

        Assert.Equal(0, exit);
        Assert.Contains("== scale params=2 registers=", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Disasm_OfBadSource_PrintsTheDiagnosticsAndExitsOne()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.ts", "let x = ;\n");

        var (exit, stdout, stderr) = CliRunner.Run("run", "--disasm", path);

        Assert.Equal((1, ""), (exit, stdout));
        Assert.Equal($"{path}:1:9: error PS1002: Found ';' where an expression was expected\nlet x = ;\n        ^\n1 error\n", stderr);
    }

    [Fact]
    public void Help_DescribesOptionsArgumentsAndExitCodes()
    {
        var (exit, stdout, _) = CliRunner.Run("run", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage: phasor run [--budget N] [--timeout SECONDS] [--disasm] FILE.ts [ARGS...]", stdout, StringComparison.Ordinal);
        Assert.Contains("--budget N", stdout, StringComparison.Ordinal);
        Assert.Contains("--timeout SECONDS", stdout, StringComparison.Ordinal);
        Assert.Contains("--disasm", stdout, StringComparison.Ordinal);
        Assert.Contains("130 stopped by Ctrl+C", stdout, StringComparison.Ordinal);
    }

    /// <summary>A standard output whose every write fails, as a Phasor bug would.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("write failed");

        public override void Write(string? value) => throw new InvalidOperationException("write failed");
    }
}
