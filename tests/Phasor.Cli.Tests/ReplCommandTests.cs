using System.Text.RegularExpressions;

namespace Phasor.Cli.Tests;

public sealed class ReplCommandTests
{
    [Fact]
    public void Repl_PrintsEachValueAsNodesReplDoes()
    {
        var (exit, transcript) = CliRunner.RunTranscript("1 + 2\n'text'\n[1, 'a', { b: true }]\nlet x = 5\nundefined\nconsole.log('logged')\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal("3\n'text'\n[ 1, 'a', { b: true } ]\nundefined\nundefined\nlogged\nundefined\n", transcript);
    }

    [Fact]
    public void Repl_KeepsDeclarationsBetweenInputs()
    {
        const string input = """
            const base = 60
            let count = 0
            function hz(note: number) { count++; return Math.round(440 * 2 ** ((note - 69) / 12)); }
            class Voice { constructor(readonly note: number) {} }
            hz(base + 9)
            new Voice(base).note
            count += 10
            count
            """;

        var (exit, transcript) = CliRunner.RunTranscript(input + "\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal("undefined\nundefined\nundefined\nundefined\n440\n60\n11\n11\n", transcript);
    }

    [Fact]
    public void Repl_ContinuesUnfinishedInputOnTheNextLines()
    {
        const string input = """
            function twice(n: number) {
              return n *
                2;
            }
            twice(21)
            const chord = {
              root: 'C',
              notes: [60, 64,
                67],
            }
            chord
            `line one
            line two`
            Math.max(
              1,
              2
            )
            const pick = (true
              ? 'yes'
              : 'no')
            pick
            """;

        var (exit, transcript) = CliRunner.RunTranscript(input + "\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal("undefined\n42\nundefined\n{ root: 'C', notes: [ 60, 64, 67 ] }\n'line one\\nline two'\n2\nundefined\n'yes'\n", transcript);
    }

    [Fact]
    public void Repl_StringContinuesOnlyAfterABackslash()
    {
        var (exit, transcript) = CliRunner.RunTranscript("'abc\\\ndef'\nlet s = 'open\n1\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal("'abcdef'\nREPL2:1:9: error PS1003: Unterminated string literal\nlet s = 'open\n        ^\n1\n", transcript);
    }

    [Fact]
    public void Repl_ErrorsAreLocatedAndTheSessionGoesOn()
    {
        const string input = """
            let ok = 1
            let bad = * 2
            function f(o: any) { return o.missing.deeper; }
            f({})
            throw new Error('boom')
            ok + 1
            """;

        var (exit, transcript) = CliRunner.RunTranscript(input + "\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal(
            "undefined\n" +
            "REPL2:1:11: error PS1002: Found '*' where an expression was expected\n" +
            "let bad = * 2\n" +
            "          ^\n" +
            "undefined\n" +
            "Uncaught TypeError: Cannot read properties of undefined (reading 'deeper')\n" +
            "    at f (REPL3:1:39)\n" +
            "    at <script> (REPL4:1:1)\n" +
            "Uncaught Error: boom\n" +
            "    at <script> (REPL5:1:7)\n" +
            "2\n",
            transcript);
    }

    [Fact]
    public void Repl_SyntaxErrorInsideAnUnfinishedBlock_IsReportedAtOnce()
    {
        // The error is not at the end of the input, so more lines cannot fix it: no waiting for the closing brace.
        var (exit, transcript) = CliRunner.RunTranscript("if (true) { let y = * 3;\n1\n", "repl");

        Assert.Equal(0, exit);
        Assert.StartsWith("REPL1:1:21: error PS1002: Found '*'", transcript, StringComparison.Ordinal);
        Assert.EndsWith("\n1\n", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void Repl_UnfinishedInputAtEndOfInput_IsReportedAndExitsZero()
    {
        var (exit, transcript) = CliRunner.RunTranscript("1\nif (true) {\n", "repl");

        Assert.Equal(0, exit);
        Assert.Equal("1\nREPL2:1:12: error PS1002: Found end of file where '}' was expected\nif (true) {\n           ^\n", transcript);
    }

    [Fact]
    public void Repl_Time_TogglesPerInputTiming()
    {
        var (exit, transcript) = CliRunner.RunTranscript("1\n:time\n2\nlet y = 3\n:time\n4\n", "repl");

        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^1\ntiming on\n2\ntime: \d+(\.\d{1,3})? ms\nundefined\ntime: \d+(\.\d{1,3})? ms\ntiming off\n4\n$"), transcript);
    }

    [Fact]
    public void Repl_Quit_EndsTheSessionBeforeTheRestOfTheInput()
    {
        var (exit, transcript) = CliRunner.RunTranscript("1\n:quit\n2\n", "repl");

        Assert.Equal((0, "1\n"), (exit, transcript));
    }

    [Fact]
    public void Repl_HelpAndUnknownCommands()
    {
        var (exit, transcript) = CliRunner.RunTranscript(":help\n:nope\n", "repl");

        Assert.Equal(0, exit);
        Assert.Contains(":time", transcript, StringComparison.Ordinal);
        Assert.Contains(":quit", transcript, StringComparison.Ordinal);
        Assert.EndsWith("unknown command ':nope'; :help lists the commands\n", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void Repl_Cancel_DropsAnUnfinishedInput()
    {
        var (exit, transcript) = CliRunner.RunTranscript("function broken() {\n:cancel\n7\n", "repl");

        Assert.Equal((0, "7\n"), (exit, transcript));
    }

    [Fact]
    public void Repl_ProcessExit_EndsTheSessionWithItsCode()
    {
        var (exit, transcript) = CliRunner.RunTranscript("1\nprocess.exit(5)\n2\n", "repl");

        Assert.Equal((5, "1\n"), (exit, transcript));
    }

    [Fact]
    public void Repl_Budget_StopsOneInputAndTheSessionGoesOn()
    {
        var (exit, transcript) = CliRunner.RunTranscript("for (;;) {}\n'after'\n", "repl", "--budget", "5000");

        Assert.Equal(0, exit);
        Assert.Equal("Script stopped: it exceeded its instruction budget of 5000 steps (an endless loop?). Raise the limit with --budget N.\n'after'\n", transcript);
    }

    [Fact]
    public void Repl_CtrlC_StopsTheRunningInputOnly()
    {
        var interrupts = new FakeInterrupts(TimeSpan.FromMilliseconds(50));

        var (exit, stdout, stderr) = CliRunner.RunWith(
            c => c with { OpenInput = () => new StringReader("while (true) {}\n'after'\n"), Interrupts = interrupts }, "repl");

        Assert.Equal((0, "'after'\n", "Script stopped: interrupted (Ctrl+C).\n"), (exit, stdout, stderr));
        Assert.Equal(2, interrupts.Traps);
    }

    [Fact]
    public void Repl_OnATerminal_PrintsBannerAndPrompts()
    {
        var (exit, stdout, _) = CliRunner.RunWith(
            c => c with { OpenInput = () => new StringReader("let a = [\n1]\na\n"), InputIsTerminal = true }, "repl");

        Assert.Equal(0, exit);
        Assert.Equal("Phasor Script REPL. Type :help for commands, :quit or Ctrl+D to leave.\n> ... undefined\n> [ 1 ]\n> \n", stdout);
    }

    [Fact]
    public void Repl_PipedInput_PrintsNoPrompts()
    {
        var (_, stdout, _) = CliRunner.RunWithInput("1\n", "repl");

        Assert.Equal("1\n", stdout);
    }

    [Fact]
    public void Repl_TakesNoArguments()
    {
        var (exit, _, stderr) = CliRunner.Run("repl", "file.ts");

        Assert.Equal(1, exit);
        Assert.Contains("unexpected argument 'file.ts'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (exit, stdout, _) = CliRunner.Run("repl", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage: phasor repl [--budget N] [--timeout SECONDS]", stdout, StringComparison.Ordinal);
        Assert.Contains(":time", stdout, StringComparison.Ordinal);
        Assert.Contains(":cancel", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralHelp_ListsRunAndRepl()
    {
        var (_, stdout, _) = CliRunner.Run("--help");

        Assert.Contains("  run      ", stdout, StringComparison.Ordinal);
        Assert.Contains("  repl     ", stdout, StringComparison.Ordinal);
    }
}
