using System.Text;

namespace Phasor.Script.Diagnostics;

/// <summary>Prints diagnostics as <c>file:line:col: error PS1002: message</c>, the source line and a caret under the column.</summary>
public static class DiagnosticFormatter
{
    /// <summary>The first line only: <c>file:line:col: severity ID: message</c>.</summary>
    public static string FormatHeader(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var position = diagnostic.Position;
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{diagnostic.Source.FileName}:{position.Line}:{position.Column}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>The header, the source line and a caret line; tabs before the column are kept so the caret lines up.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        Append(builder, diagnostic);
        return builder.ToString();
    }

    /// <summary>Every diagnostic of <paramref name="diagnostics"/> in order, each in the form of <see cref="Format(Diagnostic)"/>.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            Append(builder, diagnostic);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Diagnostic diagnostic)
    {
        builder.Append(FormatHeader(diagnostic)).Append('\n');
        var source = diagnostic.Source;
        var position = diagnostic.Position;
        var line = source.GetLineText(position.Line - 1);
        builder.Append(line).Append('\n');
        for (var i = 0; i < position.Column - 1 && i < line.Length; i++)
        {
            builder.Append(line[i] == '\t' ? '\t' : ' ');
        }

        builder.Append("^\n");
    }
}
