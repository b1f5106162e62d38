using System.Diagnostics;
using System.Globalization;
using System.Text;
using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Scripting;

/// <summary>
/// The read-eval-print loop of `phasor repl`: reads lines, keeps reading while the input is incomplete, evaluates
/// each complete input in one <see cref="ScriptSession"/> (so declarations persist) and prints its value or error.
/// </summary>
/// <remarks>
/// Values and prompts go to standard output, errors to standard error. The banner and prompts are printed only
/// when standard input is a terminal, so piped input gives clean output.
/// </remarks>
internal sealed class ReplSession
{
    /// <summary>The commands, one line each, for <c>:help</c> and the verb's help.</summary>
    public const string CommandList =
        "  :help    show this list\n" +
        "  :time    toggle printing the time each input takes (parse, compile and run)\n" +
        "  :cancel  drop the lines of an unfinished input\n" +
        "  :quit    leave (so does end of input, Ctrl+D)\n";

    private const string Prompt = "> ";
    private const string ContinuationPrompt = "... ";

    private readonly ScriptSession _session;
    private readonly TextReader _input;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly bool _prompt;
    private readonly StringBuilder _pending = new();
    private bool _timing;
    private int _inputCount;

    /// <summary>Reads from <paramref name="input"/> and prints to the context's streams.</summary>
    public ReplSession(ScriptSession session, TextReader input, CliContext context)
    {
        _session = session;
        _input = input;
        _out = context.Out;
        _err = context.Err;
        _prompt = context.InputIsTerminal;
    }

    /// <summary>Runs until <c>:quit</c>, the end of the input or <c>process.exit</c>; returns the exit code.</summary>
    public int Run()
    {
        if (_prompt)
        {
            _out.WriteLine("Phasor Script REPL. Type :help for commands, :quit or Ctrl+D to leave.");
        }

        while (ReadLine() is { } line)
        {
            if (IsCommand(line))
            {
                if (!RunCommand(line.Trim()))
                {
                    return ExitCodes.Ok;
                }

                continue;
            }

            _pending.Append(line).Append('\n');
            if (IsBlank(_pending))
            {
                _pending.Clear();
                continue;
            }

            if (Evaluate(final: false) is { } exit)
            {
                return exit;
            }
        }

        // An unfinished input at the end is evaluated anyway, so its error is shown.
        var code = _pending.Length > 0 ? Evaluate(final: true) : null;
        if (_prompt)
        {
            _out.WriteLine();
        }

        return code ?? ExitCodes.Ok;
    }

    /// <summary>Prompts (on a terminal) and reads one line; null at the end of the input.</summary>
    private string? ReadLine()
    {
        if (_prompt)
        {
            _out.Write(_pending.Length == 0 ? Prompt : ContinuationPrompt);
            _out.Flush();
        }

        return _input.ReadLine();
    }

    /// <summary>
    /// A line starting with ':' is a command, except inside an unfinished input, where only the known commands are
    /// (a continued expression may well start a line with the ':' of a conditional).
    /// </summary>
    private bool IsCommand(string line)
    {
        var trimmed = line.Trim();
        return _pending.Length == 0 ? trimmed.StartsWith(':') : trimmed is ":quit" or ":exit" or ":q" or ":help" or ":time" or ":cancel";
    }

    /// <summary>Runs a <c>:command</c>; returns false for <c>:quit</c>.</summary>
    private bool RunCommand(string command)
    {
        switch (command)
        {
            case ":quit" or ":exit" or ":q":
                return false;
            case ":help":
                _out.Write("Enter Phasor Script (TypeScript) statements; an expression's value is printed. Commands:\n" + CommandList);
                break;
            case ":time":
                _timing = !_timing;
                _out.WriteLine(_timing ? "timing on" : "timing off");
                break;
            case ":cancel":
                _pending.Clear();
                break;
            default:
                _err.WriteLine($"unknown command '{command}'; :help lists the commands");
                break;
        }

        return true;
    }

    /// <summary>Evaluates the pending input unless it is unfinished; returns an exit code if the script called process.exit.</summary>
    private int? Evaluate(bool final)
    {
        // Without the final line break, an error at the end of the input points at the last line, not an empty one.
        var source = _pending.ToString(0, _pending.Length - 1);
        var clock = Stopwatch.StartNew();
        var outcome = _session.Evaluate(source, $"REPL{_inputCount + 1}");
        var elapsed = clock.Elapsed;
        if (outcome.Kind == ScriptOutcomeKind.CompileError && !final && InputCompleteness.IsIncomplete(outcome.Result!.Diagnostics, source))
        {
            return null;
        }

        _pending.Clear();
        _inputCount++;
        Print(outcome);
        if (_timing)
        {
            _out.WriteLine($"time: {elapsed.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms");
        }

        return outcome.Kind == ScriptOutcomeKind.Exited ? outcome.ExitCode : null;
    }

    private void Print(ScriptOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case ScriptOutcomeKind.Completed:
                // As Node's REPL: the value inspected (strings quoted), "undefined" for statements.
                _out.WriteLine(outcome.Result!.ValueText ?? "undefined");
                break;
            case ScriptOutcomeKind.CompileError:
                _err.Write(outcome.Result!.Error);
                break;
            case ScriptOutcomeKind.RuntimeError:
                _err.WriteLine(outcome.Result!.Error);
                break;
            case ScriptOutcomeKind.Stopped:
                _err.WriteLine(outcome.Message);
                break;
            case ScriptOutcomeKind.Exited:
                break;
        }
    }

    private static bool IsBlank(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
