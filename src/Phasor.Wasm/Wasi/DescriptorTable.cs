namespace Phasor.Wasm.Wasi;

/// <summary>
/// The file descriptors of one WASI program: 0-2 the standard streams, then the preopened directories, then what
/// the program opens. A new descriptor takes the lowest free number, as POSIX does.
/// </summary>
internal sealed class DescriptorTable
{
    /// <summary>The most descriptors open at once; beyond it <c>path_open</c> fails with EMFILE.</summary>
    public const int MaxDescriptors = 4096;

    private readonly List<Descriptor?> _entries = [];

    /// <summary>Gets the number of slots (open or free) below the highest open descriptor.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the descriptor numbered <paramref name="fd"/>, or null when it is not open.</summary>
    public Descriptor? Get(uint fd) => fd < (uint)_entries.Count ? _entries[(int)fd] : null;

    /// <summary>Adds <paramref name="descriptor"/> at the lowest free number, or returns false when the table is full.</summary>
    public bool TryAdd(Descriptor descriptor, out uint fd)
    {
        var free = _entries.IndexOf(null);
        if (free < 0)
        {
            if (_entries.Count >= MaxDescriptors)
            {
                fd = 0;
                return false;
            }

            free = _entries.Count;
            _entries.Add(null);
        }

        _entries[free] = descriptor;
        fd = (uint)free;
        return true;
    }

    /// <summary>Removes descriptor <paramref name="fd"/> and returns it, or null when it was not open.</summary>
    public Descriptor? Remove(uint fd)
    {
        var descriptor = Get(fd);
        if (descriptor is not null)
        {
            _entries[(int)fd] = null;
        }

        return descriptor;
    }

    /// <summary>Puts <paramref name="descriptor"/> at <paramref name="fd"/> (which must be in range).</summary>
    public void Set(uint fd, Descriptor descriptor) => _entries[(int)fd] = descriptor;

    /// <summary>Closes every open descriptor.</summary>
    public void CloseAll()
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            _entries[i]?.Close();
            _entries[i] = null;
        }
    }
}
