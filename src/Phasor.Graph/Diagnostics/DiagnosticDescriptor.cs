using System.Globalization;

namespace Phasor.Graph.Diagnostics;

/// <summary>A kind of patch error: stable id and message template.</summary>
/// <param name="Id">Stable id such as PH1010.</param>
/// <param name="Format">Composite format string for the message.</param>
public sealed record DiagnosticDescriptor(string Id, string Format)
{
    /// <summary>Formats the message and attaches the path and location.</summary>
    public Diagnostic At(string path, Model.SourceMap? source, params object?[] args) =>
        new(Id, string.Format(CultureInfo.InvariantCulture, Format, args), path, source?.Find(path));
}
