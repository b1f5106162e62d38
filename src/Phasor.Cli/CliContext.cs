using Phasor.Cli.Terminal;

namespace Phasor.Cli;

/// <summary>Where a command reads and writes, and whether a person is watching.</summary>
/// <param name="Out">Standard output: results (summaries, listings, JSON, a script's console.log).</param>
/// <param name="Err">Standard error: diagnostics and progress.</param>
/// <param name="Interactive">True when stderr is a terminal, so progress bars make sense.</param>
public sealed record CliContext(TextWriter Out, TextWriter Err, bool Interactive)
{
    /// <summary>Opens standard input; called only by the verbs that read it (repl), so the others never touch the console's input.</summary>
    public Func<TextReader> OpenInput { get; init; } = () => TextReader.Null;

    /// <summary>True when standard input is a terminal: the REPL then prints a banner and prompts.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Where Ctrl+C comes from; by default it never comes.</summary>
    public IInterruptSource Interrupts { get; init; } = NoInterrupts.Instance;
}
