using System.Text;
using Phasor.Graph.Model;

namespace Phasor.Graph.Diagnostics;

/// <summary>Prints diagnostics the way compilers do: <c>file:line:col: error ID: message</c>, the source line and a caret.</summary>
public static class DiagnosticPrinter
{
    /// <summary>One diagnostic with its source excerpt when the source is known.</summary>
    public static string Format(Diagnostic diagnostic, SourceMap? source)
    {
        var text = new StringBuilder(diagnostic.ToString());
        if (diagnostic.Location is { } at && source is not null && source.Line(at.Line) is { Length: > 0 } line)
        {
            text.Append('\n').Append("  ").Append(line.Replace('\t', ' '));
            text.Append('\n').Append("  ").Append(' ', Math.Max(0, at.Column - 1)).Append('^');
        }

        return text.ToString();
    }

    /// <summary>All diagnostics, each followed by a blank line, and a count.</summary>
    public static string FormatAll(IReadOnlyList<Diagnostic> diagnostics, SourceMap? source)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            text.Append(Format(d, source)).Append('\n');
        }

        text.Append(diagnostics.Count == 1 ? "1 error" : $"{diagnostics.Count} errors");
        return text.ToString();
    }
}
