namespace Phasor.Cli.CommandLine;

/// <summary>One option a verb accepts.</summary>
/// <param name="Name">Long name without dashes.</param>
/// <param name="Short">One-letter alias, or null.</param>
/// <param name="Value">Placeholder for the value in help (e.g. "FILE"), or null for a flag.</param>
/// <param name="Help">One line of help.</param>
public sealed record OptionSpec(string Name, char? Short, string? Value, string Help);
