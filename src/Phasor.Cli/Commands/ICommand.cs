using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Commands;

/// <summary>One `phasor` verb.</summary>
public interface ICommand
{
    /// <summary>The verb.</summary>
    string Name { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>Synopsis, e.g. "phasor render PATCH.json -o OUT.wav [options]".</summary>
    string Usage { get; }

    /// <summary>Options the verb accepts (help is added by the dispatcher).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Most positional arguments accepted.</summary>
    int MaxPositional { get; }

    /// <summary>Paragraphs printed after the options in the verb's help, or null.</summary>
    string? Notes => null;

    /// <summary>
    /// Positional arguments after which everything is handed over unparsed (a script's own arguments), or null.
    /// For such a verb, <c>--help</c> counts only before that point.
    /// </summary>
    int? PassThroughAfter => null;

    /// <summary>Runs the verb; returns the exit code. Throws <see cref="UsageException"/> for user errors.</summary>
    int Run(ParsedArgs args, CliContext context);
}
