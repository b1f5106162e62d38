using Phasor.Script.Hosting;

namespace Phasor.Cli.Scripting;

/// <summary>What one evaluation of a <see cref="ScriptSession"/> came to, with the exit code `phasor run` would return.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Result">The engine's result; null when the script called <c>process.exit</c>.</param>
/// <param name="Message">For <see cref="ScriptOutcomeKind.Stopped"/>: why, as one sentence.</param>
/// <param name="ExitCode">0, 1 for a script error or a stop, 130 for Ctrl+C, or the code given to <c>process.exit</c>.</param>
internal sealed record ScriptOutcome(ScriptOutcomeKind Kind, ScriptResult? Result, string? Message, int ExitCode);
