namespace Phasor.Cli;

/// <summary>Where a command writes and whether a person is watching (a terminal on stderr).</summary>
/// <param name="Out">Standard output: results (summaries, listings, JSON).</param>
/// <param name="Err">Standard error: diagnostics and progress.</param>
/// <param name="Interactive">True when stderr is a terminal, so progress bars make sense.</param>
public sealed record CliContext(TextWriter Out, TextWriter Err, bool Interactive);
