namespace Phasor.Cli.CommandLine;

/// <summary>What `phasor` returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: arguments, patch file, output path, a script's syntax or runtime error. The message says what to fix.</summary>
    public const int UserError = 1;

    /// <summary>A bug in Phasor.</summary>
    public const int InternalError = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
