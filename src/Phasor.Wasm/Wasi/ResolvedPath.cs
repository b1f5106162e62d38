namespace Phasor.Wasm.Wasi;

/// <summary>
/// A guest path resolved inside a preopened directory: the components below its root (none of them a symbolic link,
/// except a final one that was not to be followed) and what is there now.
/// </summary>
/// <param name="Root">The full host path of the preopened directory.</param>
/// <param name="Components">The components below the root; empty for the root itself.</param>
/// <param name="Kind">The type of the final entry (lstat), or null when it does not exist.</param>
/// <param name="MustBeDirectory">The guest path ended with a slash, so it names a directory.</param>
internal sealed record ResolvedPath(string Root, string[] Components, FileType? Kind, bool MustBeDirectory)
{
    /// <summary>Gets the host path.</summary>
    public string HostPath => Components.Length == 0 ? Root : Path.Join(Root, string.Join(Path.DirectorySeparatorChar, Components));

    /// <summary>Gets whether the path is the preopened directory itself.</summary>
    public bool IsRoot => Components.Length == 0;

    /// <summary>Gets whether <paramref name="other"/> is this path or lies below it.</summary>
    public bool Contains(ResolvedPath other) =>
        other.Root == Root && other.Components.Length >= Components.Length && other.Components.AsSpan(0, Components.Length).SequenceEqual(Components);
}
