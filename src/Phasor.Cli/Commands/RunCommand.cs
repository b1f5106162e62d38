using Phasor.Cli.CommandLine;
using Phasor.Cli.Scripting;
using Phasor.Script.Hosting;

namespace Phasor.Cli.Commands;

/// <summary>`phasor run FILE.ts [ARGS...]`: run a Phasor Script program, or print its bytecode with --disasm.</summary>
public sealed class RunCommand : ICommand
{
    private const string StdinName = "[stdin]";

    /// <inheritdoc/>
    public string Name => "run";

    /// <inheritdoc/>
    public string Summary => "Run a Phasor Script (TypeScript) program; console.log goes to stdout";

    /// <inheritdoc/>
    public string Usage => "phasor run [--budget N] [--timeout SECONDS] [--disasm] FILE.ts [ARGS...]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        .. ScriptLimits.Options,
        new("disasm", null, null, "Print the bytecode instead of running the program"),
    ];

    /// <inheritdoc/>
    public int MaxPositional => int.MaxValue;

    /// <inheritdoc/>
    public int? PassThroughAfter => 1;

    /// <inheritdoc/>
    public string Notes =>
        "Options go before FILE.ts; what follows it is the script's: process.argv is [phasor, FILE.ts as an absolute\n" +
        "path, ARGS...]. FILE.ts '-' reads the program from stdin. Errors go to stderr: syntax errors all at once as\n" +
        "file:line:col: error PSxxxx with the line and a caret; an uncaught error as 'TypeError: message' with the\n" +
        "stack. Exit codes: 0 ok (or process.exitCode / process.exit(n)), 1 script error, missing file, or stopped by\n" +
        "--budget/--timeout, 2 internal error, 130 stopped by Ctrl+C.\n";

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var path = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException("missing FILE.ts; usage: " + Usage);
        var limits = ScriptLimits.From(args);
        var fileName = path == "-" ? StdinName : path;
        var source = path == "-" ? context.OpenInput().ReadToEnd() : FileErrors.ReadText(path);
        if (args.Has("disasm"))
        {
            return Disassemble(source, fileName, context);
        }

        var argv = new List<string> { Environment.ProcessPath ?? "phasor", path == "-" ? "-" : Path.GetFullPath(path) };
        argv.AddRange(args.Positional.Skip(1));
        var session = new ScriptSession(context, limits, argv);
        var outcome = session.Evaluate(source, fileName);
        switch (outcome.Kind)
        {
            case ScriptOutcomeKind.Completed:
                return session.ExitCodeSetByScript;
            case ScriptOutcomeKind.CompileError:
                context.Err.Write(ScriptErrorText.CompileError(outcome.Result!));
                break;
            case ScriptOutcomeKind.RuntimeError:
                context.Err.Write(ScriptErrorText.RuntimeError(outcome.Result!, source, fileName));
                break;
            case ScriptOutcomeKind.Stopped:
                context.Err.WriteLine($"{fileName}: {outcome.Message}");
                break;
            case ScriptOutcomeKind.Exited:
                break;
        }

        return outcome.ExitCode;
    }

    private static int Disassemble(string source, string fileName, CliContext context)
    {
        // Disassemble returns the listing or, when the source does not compile, the formatted diagnostics; every
        // listing starts with the "== name params=N registers=N ==" header of the top-level chunk.
        var text = new ScriptEngine().Disassemble(source, fileName);
        if (text.StartsWith("== ", StringComparison.Ordinal))
        {
            context.Out.Write(text);
            return ExitCodes.Ok;
        }

        context.Err.Write(ScriptErrorText.WithCount(text, ScriptErrorText.CountDiagnostics(text, fileName)));
        return ExitCodes.UserError;
    }
}
