namespace Phasor.Wasm.Wasi;

/// <summary>
/// What a WASI program sees of the world: its arguments and environment, its standard streams and the host
/// directories it may use. Nothing else of the host is reachable from the guest.
/// </summary>
public sealed record WasiConfiguration
{
    /// <summary>Gets the arguments, the program name first (<c>argv</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Gets the environment variables, in the order the guest lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    /// <summary>Gets what fd 0 reads; null reads as an empty stream.</summary>
    public Stream? StandardInput { get; init; }

    /// <summary>Gets where fd 1 writes; null discards the output.</summary>
    public Stream? StandardOutput { get; init; }

    /// <summary>Gets where fd 2 writes; null discards the output.</summary>
    public Stream? StandardError { get; init; }

    /// <summary>Gets the directories the guest may use, as fds 3, 4, ... in this order.</summary>
    public IReadOnlyList<WasiPreopen> Preopens { get; init; } = [];
}
