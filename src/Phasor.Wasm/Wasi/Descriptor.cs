namespace Phasor.Wasm.Wasi;

/// <summary>
/// An open WASI file descriptor: a standard stream, a file or a directory, with its rights and flags. Each operation
/// returns an <see cref="Errno"/>; the defaults are what POSIX answers for a descriptor that cannot do it.
/// </summary>
internal abstract class Descriptor
{
    /// <summary>Creates a descriptor with the given rights.</summary>
    protected Descriptor(Rights rightsBase, Rights rightsInheriting)
    {
        RightsBase = rightsBase;
        RightsInheriting = rightsInheriting;
    }

    /// <summary>Gets the file type <c>fd_fdstat_get</c> reports.</summary>
    public abstract FileType Type { get; }

    /// <summary>Gets or sets the rights of operations on this descriptor.</summary>
    public Rights RightsBase { get; set; }

    /// <summary>Gets or sets the rights descriptors opened through this one may have.</summary>
    public Rights RightsInheriting { get; set; }

    /// <summary>Gets or sets the descriptor flags.</summary>
    public FdFlags Flags { get; set; }

    /// <summary>Reads at the current position into <paramref name="buffer"/>; 0 bytes read means end of file.</summary>
    public virtual Errno Read(Span<byte> buffer, out int read)
    {
        read = 0;
        return Errno.Badf;
    }

    /// <summary>Writes all of <paramref name="data"/> at the current position (or the end, when appending).</summary>
    public virtual Errno Write(ReadOnlySpan<byte> data) => Errno.Badf;

    /// <summary>Reads at <paramref name="offset"/> without moving the position.</summary>
    public virtual Errno ReadAt(Span<byte> buffer, ulong offset, out int read)
    {
        read = 0;
        return Errno.Spipe;
    }

    /// <summary>Writes at <paramref name="offset"/> without moving the position.</summary>
    public virtual Errno WriteAt(ReadOnlySpan<byte> data, ulong offset) => Errno.Spipe;

    /// <summary>Moves the position (whence 0 = start, 1 = current, 2 = end) and returns the new one.</summary>
    public virtual Errno Seek(long delta, int whence, out ulong position)
    {
        position = 0;
        return Errno.Spipe;
    }

    /// <summary>Gets the file's attributes.</summary>
    public abstract Errno Stat(out FileStat stat);

    /// <summary>Truncates or extends the file.</summary>
    public virtual Errno SetSize(ulong size) => Errno.Inval;

    /// <summary>Makes sure the file covers [offset, offset + length), extending it with zeros.</summary>
    public virtual Errno Allocate(ulong offset, ulong length) => Errno.Badf;

    /// <summary>Flushes data (and metadata) to the storage device.</summary>
    public virtual Errno Sync() => Errno.Success;

    /// <summary>Gets the host path of a file or directory, or null for a stream (used to set times).</summary>
    public virtual string? HostPath => null;

    /// <summary>Releases the host resources.</summary>
    public virtual void Close()
    {
    }
}
