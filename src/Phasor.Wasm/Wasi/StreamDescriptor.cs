namespace Phasor.Wasm.Wasi;

/// <summary>
/// A standard stream (fd 0, 1 or 2) over a host <see cref="System.IO.Stream"/>: reported as a character device
/// without seek or tell rights, so wasi-libc treats it as a terminal (line-buffered output). Each write is flushed, so
/// output written before a trap or exit is never lost.
/// </summary>
internal sealed class StreamDescriptor : Descriptor
{
    private const Rights CommonRights = Rights.FdFdstatSetFlags | Rights.FdFilestatGet | Rights.PollFdReadwrite;

    private readonly Stream _stream;
    private readonly bool _readable;

    /// <summary>Creates a stream descriptor that reads (stdin) or writes (stdout, stderr).</summary>
    public StreamDescriptor(Stream stream, bool readable)
        : base(readable ? CommonRights | Rights.FdRead : CommonRights | Rights.FdWrite | Rights.FdSync | Rights.FdDatasync, Rights.None)
    {
        _stream = stream;
        _readable = readable;
    }

    /// <inheritdoc/>
    public override FileType Type => FileType.CharacterDevice;

    /// <inheritdoc/>
    public override Errno Read(Span<byte> buffer, out int read)
    {
        read = 0;
        if (!_readable)
        {
            return Errno.Badf;
        }

        try
        {
            read = _stream.Read(buffer);
            return Errno.Success;
        }
        catch (IOException)
        {
            return Errno.Io;
        }
    }

    /// <inheritdoc/>
    public override Errno Write(ReadOnlySpan<byte> data)
    {
        if (_readable)
        {
            return Errno.Badf;
        }

        try
        {
            _stream.Write(data);
            _stream.Flush();
            return Errno.Success;
        }
        catch (IOException)
        {
            return Errno.Io;
        }
    }

    /// <inheritdoc/>
    public override Errno Stat(out FileStat stat)
    {
        stat = FileStat.Stream;
        return Errno.Success;
    }

    /// <inheritdoc/>
    public override Errno Sync()
    {
        try
        {
            _stream.Flush();
            return Errno.Success;
        }
        catch (IOException)
        {
            return Errno.Io;
        }
    }
}
