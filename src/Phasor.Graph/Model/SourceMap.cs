using System.Collections.Immutable;

namespace Phasor.Graph.Model;

/// <summary>
/// Where each part of a patch was written: JSON paths (<c>nodes[2].freq</c>) to positions, plus the
/// source text so diagnostics can quote the line.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableDictionary<string, SourceLocation> _locations;
    private readonly string[] _lines;
    private readonly string[] _nodePaths;

    /// <summary>Creates a map over <paramref name="text"/>.</summary>
    public SourceMap(string? file, string text, ImmutableDictionary<string, SourceLocation> locations, IReadOnlyList<string>? nodePaths = null)
    {
        File = file;
        _lines = text.Split('\n');
        _locations = locations;
        _nodePaths = [.. nodePaths ?? []];
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
            if (_locations.TryGetValue(path, out var location))
            {
                return location;
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
}
