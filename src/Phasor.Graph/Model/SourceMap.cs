using Phasor.Graph.Json;

namespace Phasor.Graph.Model;

/// <summary>
/// Where each part of a patch was written: JSON paths (<c>nodes[2].freq</c>) to positions, plus the
/// source text so diagnostics can quote the line. It keeps byte offsets and turns them into
/// line:col only when a diagnostic asks, so reading a large one-line file stays linear.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, long> _offsets;
    private readonly LineIndex _index;
    private readonly string[] _lines;
    private readonly string[] _nodePaths;

    internal SourceMap(string? file, string text, LineIndex index, Dictionary<string, long> offsets, IReadOnlyList<string> nodePaths)
    {
        File = file;
        _lines = text.Split('\n');
        _index = index;
        _offsets = offsets;
        _nodePaths = [.. nodePaths];
    }

    /// <summary>
    /// The JSON path of node <paramref name="index"/> of the patch. It differs from <c>nodes[index]</c>
    /// when the reader dropped an unusable entry before it.
    /// </summary>
    public string NodePath(int index) => index < _nodePaths.Length ? _nodePaths[index] : $"nodes[{index}]";

    /// <summary>File name as given by the user, or null.</summary>
    public string? File { get; }

    /// <summary>Position of the JSON value at <paramref name="path"/>, falling back to its nearest written parent.</summary>
    public SourceLocation? Find(string path)
    {
        while (true)
        {
            if (_offsets.TryGetValue(path, out var offset))
            {
                return Locate(offset);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            path = path[..cut];
        }
    }

    /// <summary>The text of a 1-based line, without its line break, or empty.</summary>
    public string Line(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : "";

    /// <summary>The position of a byte offset in the source.</summary>
    internal SourceLocation Locate(long offset)
    {
        var (line, column) = _index.Position(offset);
        return new SourceLocation(File, line, column);
    }
}
