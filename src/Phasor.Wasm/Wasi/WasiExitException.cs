namespace Phasor.Wasm.Wasi;

/// <summary>
/// The guest called <c>proc_exit</c>: not a trap but the end of the program, carrying its exit code. It unwinds
/// the Wasm stack to the host's call; <see cref="WasiContext.RunCommand"/> turns it into the returned exit code.
/// </summary>
public sealed class WasiExitException : Exception
{
    /// <summary>Creates the exception for exit code <paramref name="exitCode"/>.</summary>
    public WasiExitException(int exitCode)
        : base($"the program exited with code {exitCode}") => ExitCode = exitCode;

    /// <summary>Gets the exit code the guest passed to <c>proc_exit</c>.</summary>
    public int ExitCode { get; }
}
