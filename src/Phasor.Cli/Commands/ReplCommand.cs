using Phasor.Cli.CommandLine;
using Phasor.Cli.Scripting;

namespace Phasor.Cli.Commands;

/// <summary>`phasor repl`: an interactive Phasor Script session that reads statements from stdin.</summary>
public sealed class ReplCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "repl";

    /// <inheritdoc/>
    public string Summary => "Evaluate Phasor Script interactively, line by line, keeping declarations";

    /// <inheritdoc/>
    public string Usage => "phasor repl [--budget N] [--timeout SECONDS]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options => ScriptLimits.Options;

    /// <inheritdoc/>
    public int MaxPositional => 0;

    /// <inheritdoc/>
    public string Notes =>
        "Reads stdin (a terminal or a pipe). An input that is unfinished (an open block, paren, string or template)\n" +
        "continues on the next line. Each input's value is printed as Node's REPL prints it; errors go to stderr and\n" +
        "the session goes on. --budget and --timeout apply to each input; Ctrl+C stops the running input. The banner\n" +
        "and the '> ' prompts appear only when stdin is a terminal. Commands:\n" + ReplSession.CommandList;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var limits = ScriptLimits.From(args);
        var session = new ScriptSession(context, limits, [Environment.ProcessPath ?? "phasor"]);
        return new ReplSession(session, context.OpenInput(), context).Run();
    }
}
