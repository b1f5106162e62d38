namespace Phasor.Wasm.Wasi;

/// <summary>The <c>oflags</c> of <c>path_open</c> (WASI preview1): how to treat a missing or existing file.</summary>
[Flags]
internal enum OpenFlags : ushort
{
    /// <summary>Open an existing file.</summary>
    None = 0,

    /// <summary>Create the file if it does not exist (O_CREAT).</summary>
    Create = 1,

    /// <summary>Fail unless the path is a directory (O_DIRECTORY).</summary>
    Directory = 2,

    /// <summary>With <see cref="Create"/>, fail if the file exists (O_EXCL).</summary>
    Exclusive = 4,

    /// <summary>Truncate the file to size 0 (O_TRUNC).</summary>
    Truncate = 8,
}
