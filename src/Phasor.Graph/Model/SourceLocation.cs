namespace Phasor.Graph.Model;

/// <summary>A position in a source file: 1-based line and column (columns count characters).</summary>
/// <param name="File">File name as the user gave it, or null.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceLocation(string? File, int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File ?? "<patch>"}:{Line}:{Column}";
}
