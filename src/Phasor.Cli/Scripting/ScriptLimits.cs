using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Scripting;

/// <summary>How far one evaluation may run before the CLI stops it: an instruction budget and a wall-clock timeout.</summary>
/// <param name="Budget">Loop iterations and calls per evaluation (the engine's <c>InstructionBudget</c>); 0: unlimited.</param>
/// <param name="Timeout">Wall-clock time per evaluation, or null for none.</param>
internal sealed record ScriptLimits(long Budget, TimeSpan? Timeout)
{
    /// <summary>The options that set the limits, shared by run and repl.</summary>
    public static IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("budget", null, "N", "Stop after N loop iterations and calls (default: no limit)"),
        new("timeout", null, "SECONDS", "Stop after this much wall-clock time (default: no limit)"),
    ];

    /// <summary>The limits given by <paramref name="args"/>.</summary>
    public static ScriptLimits From(ParsedArgs args)
    {
        var budget = args.Number("budget", 0, 1, 1e15);
        if (budget != Math.Floor(budget))
        {
            throw new UsageException($"--budget expects a whole number, got '{args.Text("budget")}'");
        }

        var seconds = args.Number("timeout", 0, 0.001, 1e6);
        return new ScriptLimits((long)budget, args.Has("timeout") ? TimeSpan.FromSeconds(seconds) : null);
    }
}
