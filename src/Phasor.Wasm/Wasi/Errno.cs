namespace Phasor.Wasm.Wasi;

/// <summary>
/// A WASI preview1 error number (<c>errno</c> in wasi_snapshot_preview1.witx): what every WASI function returns,
/// 0 for success. The values are the ABI's; names follow the witx names.
/// </summary>
internal enum Errno : ushort
{
    /// <summary>No error.</summary>
    Success = 0,

    /// <summary>Argument list too long.</summary>
    TooBig = 1,

    /// <summary>Permission denied.</summary>
    Acces = 2,

    /// <summary>Address in use.</summary>
    Addrinuse = 3,

    /// <summary>Address not available.</summary>
    Addrnotavail = 4,

    /// <summary>Address family not supported.</summary>
    Afnosupport = 5,

    /// <summary>Resource unavailable, or operation would block.</summary>
    Again = 6,

    /// <summary>Connection already in progress.</summary>
    Already = 7,

    /// <summary>Bad file descriptor.</summary>
    Badf = 8,

    /// <summary>Bad message.</summary>
    Badmsg = 9,

    /// <summary>Device or resource busy.</summary>
    Busy = 10,

    /// <summary>Operation canceled.</summary>
    Canceled = 11,

    /// <summary>No child processes.</summary>
    Child = 12,

    /// <summary>Connection aborted.</summary>
    Connaborted = 13,

    /// <summary>Connection refused.</summary>
    Connrefused = 14,

    /// <summary>Connection reset.</summary>
    Connreset = 15,

    /// <summary>Resource deadlock would occur.</summary>
    Deadlk = 16,

    /// <summary>Destination address required.</summary>
    Destaddrreq = 17,

    /// <summary>Mathematics argument out of domain of function.</summary>
    Dom = 18,

    /// <summary>Reserved.</summary>
    Dquot = 19,

    /// <summary>File exists.</summary>
    Exist = 20,

    /// <summary>Bad address.</summary>
    Fault = 21,

    /// <summary>File too large.</summary>
    Fbig = 22,

    /// <summary>Host is unreachable.</summary>
    Hostunreach = 23,

    /// <summary>Identifier removed.</summary>
    Idrm = 24,

    /// <summary>Illegal byte sequence.</summary>
    Ilseq = 25,

    /// <summary>Operation in progress.</summary>
    Inprogress = 26,

    /// <summary>Interrupted function.</summary>
    Intr = 27,

    /// <summary>Invalid argument.</summary>
    Inval = 28,

    /// <summary>I/O error.</summary>
    Io = 29,

    /// <summary>Socket is connected.</summary>
    Isconn = 30,

    /// <summary>Is a directory.</summary>
    Isdir = 31,

    /// <summary>Too many levels of symbolic links.</summary>
    Loop = 32,

    /// <summary>File descriptor value too large.</summary>
    Mfile = 33,

    /// <summary>Too many links.</summary>
    Mlink = 34,

    /// <summary>Message too large.</summary>
    Msgsize = 35,

    /// <summary>Reserved.</summary>
    Multihop = 36,

    /// <summary>Filename too long.</summary>
    Nametoolong = 37,

    /// <summary>Network is down.</summary>
    Netdown = 38,

    /// <summary>Connection aborted by network.</summary>
    Netreset = 39,

    /// <summary>Network unreachable.</summary>
    Netunreach = 40,

    /// <summary>Too many files open in system.</summary>
    Nfile = 41,

    /// <summary>No buffer space available.</summary>
    Nobufs = 42,

    /// <summary>No such device.</summary>
    Nodev = 43,

    /// <summary>No such file or directory.</summary>
    Noent = 44,

    /// <summary>Executable file format error.</summary>
    Noexec = 45,

    /// <summary>No locks available.</summary>
    Nolck = 46,

    /// <summary>Reserved.</summary>
    Nolink = 47,

    /// <summary>Not enough space.</summary>
    Nomem = 48,

    /// <summary>No message of the desired type.</summary>
    Nomsg = 49,

    /// <summary>Protocol not available.</summary>
    Noprotoopt = 50,

    /// <summary>No space left on device.</summary>
    Nospc = 51,

    /// <summary>Function not supported.</summary>
    Nosys = 52,

    /// <summary>The socket is not connected.</summary>
    Notconn = 53,

    /// <summary>Not a directory or a symbolic link to a directory.</summary>
    Notdir = 54,

    /// <summary>Directory not empty.</summary>
    Notempty = 55,

    /// <summary>State not recoverable.</summary>
    Notrecoverable = 56,

    /// <summary>Not a socket.</summary>
    Notsock = 57,

    /// <summary>Not supported, or operation not supported on socket.</summary>
    Notsup = 58,

    /// <summary>Inappropriate I/O control operation.</summary>
    Notty = 59,

    /// <summary>No such device or address.</summary>
    Nxio = 60,

    /// <summary>Value too large to be stored in data type.</summary>
    Overflow = 61,

    /// <summary>Previous owner died.</summary>
    Ownerdead = 62,

    /// <summary>Operation not permitted.</summary>
    Perm = 63,

    /// <summary>Broken pipe.</summary>
    Pipe = 64,

    /// <summary>Protocol error.</summary>
    Proto = 65,

    /// <summary>Protocol not supported.</summary>
    Protonosupport = 66,

    /// <summary>Protocol wrong type for socket.</summary>
    Prototype = 67,

    /// <summary>Result too large.</summary>
    Range = 68,

    /// <summary>Read-only file system.</summary>
    Rofs = 69,

    /// <summary>Invalid seek.</summary>
    Spipe = 70,

    /// <summary>No such process.</summary>
    Srch = 71,

    /// <summary>Reserved.</summary>
    Stale = 72,

    /// <summary>Connection timed out.</summary>
    Timedout = 73,

    /// <summary>Text file busy.</summary>
    Txtbsy = 74,

    /// <summary>Cross-device link.</summary>
    Xdev = 75,

    /// <summary>Extension: capabilities insufficient.</summary>
    Notcapable = 76,
}
