namespace Phasor.Wasm.Wasi;

/// <summary>The type of a file as WASI preview1 reports it (<c>filetype</c> in the witx); values are the ABI's.</summary>
internal enum FileType : byte
{
    /// <summary>The type is unknown or is not one of the others.</summary>
    Unknown = 0,

    /// <summary>A block device.</summary>
    BlockDevice = 1,

    /// <summary>A character device (the standard streams are reported as these).</summary>
    CharacterDevice = 2,

    /// <summary>A directory.</summary>
    Directory = 3,

    /// <summary>A regular file.</summary>
    RegularFile = 4,

    /// <summary>A datagram socket.</summary>
    SocketDgram = 5,

    /// <summary>A byte-stream socket.</summary>
    SocketStream = 6,

    /// <summary>A symbolic link.</summary>
    SymbolicLink = 7,
}
