namespace Phasor.Wasm.Wasi;

/// <summary>
/// Turns the exceptions of .NET's file APIs into WASI error numbers. On Unix, an <see cref="IOException"/>'s
/// <see cref="Exception.HResult"/> is the OS errno; numbers up to 34 are the same on Linux and the BSDs, the rest
/// are Linux's and used only there.
/// </summary>
internal static class HostErrors
{
    /// <summary>Gets whether <paramref name="e"/> is a failure of the host file system, as opposed to a bug.</summary>
    public static bool IsHostError(Exception e) => e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException;

    /// <summary>Maps a host failure to the nearest errno.</summary>
    public static Errno From(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => Errno.Noent,
        PathTooLongException => Errno.Nametoolong,
        UnauthorizedAccessException => Errno.Acces,
        NotSupportedException => Errno.Notsup,
        ObjectDisposedException => Errno.Badf,
        IOException io when !OperatingSystem.IsWindows() => FromPosix(io.HResult),
        _ => Errno.Io,
    };

    /// <summary>Runs a host file operation, returning its errno.</summary>
    public static Errno Try(Action operation)
    {
        try
        {
            operation();
            return Errno.Success;
        }
        catch (Exception e) when (IsHostError(e))
        {
            return From(e);
        }
    }

    private static Errno FromPosix(int errno) => errno switch
    {
        1 => Errno.Perm,
        2 => Errno.Noent,
        6 => Errno.Nxio,
        7 => Errno.TooBig,
        9 => Errno.Badf,
        11 => Errno.Again,
        12 => Errno.Nomem,
        13 => Errno.Acces,
        16 => Errno.Busy,
        17 => Errno.Exist,
        18 => Errno.Xdev,
        19 => Errno.Nodev,
        20 => Errno.Notdir,
        21 => Errno.Isdir,
        22 => Errno.Inval,
        23 => Errno.Nfile,
        24 => Errno.Mfile,
        26 => Errno.Txtbsy,
        27 => Errno.Fbig,
        28 => Errno.Nospc,
        29 => Errno.Spipe,
        30 => Errno.Rofs,
        31 => Errno.Mlink,
        32 => Errno.Pipe,
        _ when !OperatingSystem.IsLinux() => Errno.Io,
        36 => Errno.Nametoolong,
        38 => Errno.Nosys,
        39 => Errno.Notempty,
        40 => Errno.Loop,
        95 => Errno.Notsup,
        122 => Errno.Dquot,
        _ => Errno.Io,
    };
}
