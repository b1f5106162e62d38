namespace Phasor.Cli.CommandLine;

/// <summary>A user error on the command line or in a file: printed as one message, exit code 1, no stack trace.</summary>
public sealed class UsageException(string message, bool isReport = false) : Exception(message)
{
    /// <summary>True when the message is a ready-made report (patch diagnostics) printed as it is, without the "phasor:" prefix.</summary>
    public bool IsReport { get; } = isReport;
}
