namespace Phasor.Cli.CommandLine;

/// <summary>A user error on the command line or in a file: printed as one message, exit code 1, no stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
