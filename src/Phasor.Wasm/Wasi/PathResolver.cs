namespace Phasor.Wasm.Wasi;

/// <summary>
/// Resolves guest paths inside a preopened directory, component by component, so that no path leaves it: an absolute
/// path, a <c>..</c> above the root, or a symbolic link whose target is absolute or climbs above the root is
/// <see cref="Errno.Notcapable"/>. Links are expanded here rather than by the OS, so each one's target is checked as
/// guest text; every component kept is a real directory at the time it is checked.
/// </summary>
/// <remarks>
/// The check and the later host call are separate steps (.NET has no <c>openat</c>), so a host process that swaps a
/// directory for a link between them could race it; the guest alone cannot, since it cannot create links.
/// </remarks>
internal static class PathResolver
{
    /// <summary>The most symbolic links one resolution may expand (Linux's limit), so link cycles end in ELOOP.</summary>
    public const int MaxLinks = 40;

    /// <summary>The longest guest path accepted, in UTF-16 code units.</summary>
    public const int MaxPathLength = 4096;

    /// <summary>
    /// Resolves <paramref name="path"/> relative to <paramref name="directory"/>; a final symbolic link is expanded only
    /// when <paramref name="followFinal"/> (intermediate ones always are).
    /// </summary>
    public static Errno Resolve(DirectoryDescriptor directory, string path, bool followFinal, out ResolvedPath? resolved)
    {
        resolved = null;
        if (path.Length == 0)
        {
            return Errno.Noent;
        }

        if (path.Length > MaxPathLength)
        {
            return Errno.Nametoolong;
        }

        if (path[0] == '/')
        {
            return Errno.Notcapable;
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return Errno.Inval;
        }

        var current = new List<string>(directory.Components);
        var pending = new Stack<string>();
        Push(pending, path);
        FileType? kind = FileType.Directory;
        var links = 0;
        while (pending.TryPop(out var name))
        {
            var errno = Step(directory.Root, current, pending, name, followFinal, ref links, ref kind);
            if (errno != Errno.Success)
            {
                return errno;
            }
        }

        var last = path.AsSpan(path.LastIndexOf('/') + 1);
        resolved = new ResolvedPath(directory.Root, [.. current], kind, last is "" or "." or "..");
        return Errno.Success;
    }

    /// <summary>Takes one component: moves up or down, or splices a link's target into the pending components.</summary>
    private static Errno Step(string root, List<string> current, Stack<string> pending, string name, bool followFinal, ref int links,
        ref FileType? kind)
    {
        if (name is "" or ".")
        {
            return Errno.Success;
        }

        if (name == "..")
        {
            if (current.Count == 0)
            {
                return Errno.Notcapable;
            }

            current.RemoveAt(current.Count - 1);
            kind = FileType.Directory;
            return Errno.Success;
        }

        if (OperatingSystem.IsWindows() && name.AsSpan().IndexOfAny('\\', ':') >= 0)
        {
            return Errno.Notcapable;
        }

        // A final component followed only by slashes or dots ("dir/", "link/.") still names the last entry, but POSIX
        // resolves it as a directory: a link there is followed whatever the lookup flags say.
        current.Add(name);
        var isLast = OnlyTrailing(pending);
        var type = HostFiles.Lstat(Path.Join(root, string.Join(Path.DirectorySeparatorChar, current)), out var info);
        if (type == FileType.SymbolicLink && (!isLast || followFinal || pending.Count > 0))
        {
            current.RemoveAt(current.Count - 1);
            return Expand(info.LinkTarget, pending, ref links);
        }

        if (!isLast && type != FileType.Directory)
        {
            return type is null ? Errno.Noent : Errno.Notdir;
        }

        kind = type;
        return Errno.Success;
    }

    private static Errno Expand(string? target, Stack<string> pending, ref int links)
    {
        if (++links > MaxLinks)
        {
            return Errno.Loop;
        }

        if (string.IsNullOrEmpty(target))
        {
            return Errno.Noent;
        }

        if (target[0] == '/' || Path.IsPathRooted(target))
        {
            return Errno.Notcapable;
        }

        Push(pending, target);
        return Errno.Success;
    }

    private static bool OnlyTrailing(Stack<string> pending)
    {
        foreach (var name in pending)
        {
            if (name is not ("" or "."))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Pushes the components of <paramref name="path"/> so the first is popped first.</summary>
    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
