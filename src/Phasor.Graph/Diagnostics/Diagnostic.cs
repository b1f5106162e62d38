using Phasor.Graph.Model;

namespace Phasor.Graph.Diagnostics;

/// <summary>One problem found in a patch: an id from <see cref="PatchErrors"/>, a message, where it is.</summary>
/// <param name="Id">Stable id such as PH1010.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Path">JSON path of the offending value (<c>nodes[2].freq</c>), empty for the whole patch.</param>
/// <param name="Location">File position when the patch came from a file.</param>
public sealed record Diagnostic(string Id, string Message, string Path, SourceLocation? Location)
{
    /// <summary><c>file:line:col: error PH1010: message</c>, the format editors understand.</summary>
    public override string ToString()
    {
        var where = Location is { } l ? $"{l}: " : "";
        var path = Path.Length > 0 ? $" (at {Path})" : "";
        return $"{where}error {Id}: {Message}{path}";
    }
}
