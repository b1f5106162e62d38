namespace Phasor.Wasm.Wasi;

/// <summary>
/// The WASI preview1 rights of a file descriptor (<c>rights</c> in the witx): which operations it allows, and which
/// a descriptor opened through it may have (its inheriting rights). Bit positions are the ABI's.
/// </summary>
[Flags]
internal enum Rights : ulong
{
    /// <summary>No rights.</summary>
    None = 0,

    /// <summary>The right to call <c>fd_datasync</c>.</summary>
    FdDatasync = 1UL << 0,

    /// <summary>The right to call <c>fd_read</c>.</summary>
    FdRead = 1UL << 1,

    /// <summary>The right to call <c>fd_seek</c>.</summary>
    FdSeek = 1UL << 2,

    /// <summary>The right to call <c>fd_fdstat_set_flags</c>.</summary>
    FdFdstatSetFlags = 1UL << 3,

    /// <summary>The right to call <c>fd_sync</c>.</summary>
    FdSync = 1UL << 4,

    /// <summary>The right to call <c>fd_tell</c>.</summary>
    FdTell = 1UL << 5,

    /// <summary>The right to call <c>fd_write</c>.</summary>
    FdWrite = 1UL << 6,

    /// <summary>The right to call <c>fd_advise</c>.</summary>
    FdAdvise = 1UL << 7,

    /// <summary>The right to call <c>fd_allocate</c>.</summary>
    FdAllocate = 1UL << 8,

    /// <summary>The right to call <c>path_create_directory</c>.</summary>
    PathCreateDirectory = 1UL << 9,

    /// <summary>The right to call <c>path_create_file</c>.</summary>
    PathCreateFile = 1UL << 10,

    /// <summary>The right to call <c>path_link_source</c>.</summary>
    PathLinkSource = 1UL << 11,

    /// <summary>The right to call <c>path_link_target</c>.</summary>
    PathLinkTarget = 1UL << 12,

    /// <summary>The right to call <c>path_open</c>.</summary>
    PathOpen = 1UL << 13,

    /// <summary>The right to call <c>fd_readdir</c>.</summary>
    FdReaddir = 1UL << 14,

    /// <summary>The right to call <c>path_readlink</c>.</summary>
    PathReadlink = 1UL << 15,

    /// <summary>The right to call <c>path_rename_source</c>.</summary>
    PathRenameSource = 1UL << 16,

    /// <summary>The right to call <c>path_rename_target</c>.</summary>
    PathRenameTarget = 1UL << 17,

    /// <summary>The right to call <c>path_filestat_get</c>.</summary>
    PathFilestatGet = 1UL << 18,

    /// <summary>The right to call <c>path_filestat_set_size</c>.</summary>
    PathFilestatSetSize = 1UL << 19,

    /// <summary>The right to call <c>path_filestat_set_times</c>.</summary>
    PathFilestatSetTimes = 1UL << 20,

    /// <summary>The right to call <c>fd_filestat_get</c>.</summary>
    FdFilestatGet = 1UL << 21,

    /// <summary>The right to call <c>fd_filestat_set_size</c>.</summary>
    FdFilestatSetSize = 1UL << 22,

    /// <summary>The right to call <c>fd_filestat_set_times</c>.</summary>
    FdFilestatSetTimes = 1UL << 23,

    /// <summary>The right to call <c>path_symlink</c>.</summary>
    PathSymlink = 1UL << 24,

    /// <summary>The right to call <c>path_remove_directory</c>.</summary>
    PathRemoveDirectory = 1UL << 25,

    /// <summary>The right to call <c>path_unlink_file</c>.</summary>
    PathUnlinkFile = 1UL << 26,

    /// <summary>The right to call <c>poll_fd_readwrite</c>.</summary>
    PollFdReadwrite = 1UL << 27,

    /// <summary>The right to call <c>sock_shutdown</c>.</summary>
    SockShutdown = 1UL << 28,

    /// <summary>The right to call <c>sock_accept</c>.</summary>
    SockAccept = 1UL << 29,

    /// <summary>Every right this version of the ABI defines.</summary>
    All = (1UL << 30) - 1,
}
