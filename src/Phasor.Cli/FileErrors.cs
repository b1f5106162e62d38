using Phasor.Cli.CommandLine;

namespace Phasor.Cli;

/// <summary>Turns file-system failures into short user-facing reasons and <see cref="UsageException"/>s.</summary>
internal static class FileErrors
{
    /// <summary>True for the exceptions that reading or writing a user-named path can raise.</summary>
    public static bool IsFileError(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>A short reason for a file error, without .NET's type names.</summary>
    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    /// <summary>The text of <paramref name="path"/>; a missing or unreadable file is a <see cref="UsageException"/>.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (IsFileError(e))
        {
            throw new UsageException($"cannot read '{path}': {Reason(e)}");
        }
    }
}
