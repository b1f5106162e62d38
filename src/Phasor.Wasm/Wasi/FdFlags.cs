namespace Phasor.Wasm.Wasi;

/// <summary>The <c>fdflags</c> of a file descriptor (WASI preview1). Only <see cref="Append"/> changes behaviour here.</summary>
[Flags]
internal enum FdFlags : ushort
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Every write goes to the end of the file (O_APPEND).</summary>
    Append = 1,

    /// <summary>Write data synchronously (accepted; writes go straight to the OS anyway).</summary>
    Dsync = 2,

    /// <summary>Non-blocking mode (accepted and ignored: reads of files never block for long).</summary>
    NonBlock = 4,

    /// <summary>Synchronised reads (accepted).</summary>
    Rsync = 8,

    /// <summary>Synchronised writes of data and metadata (accepted).</summary>
    Sync = 16,
}
