using System.Globalization;
using System.Text;
using Phasor.Script.Hosting;
using Phasor.Script.Text;

namespace Phasor.Cli.Scripting;

/// <summary>Prints script failures for `phasor run`: diagnostics with a count, and uncaught errors the way Node prints them.</summary>
internal static class ScriptErrorText
{
    private const string Uncaught = "Uncaught ";
    private const string FramePrefix = "    at ";

    /// <summary>Every diagnostic (file:line:col, source line, caret) and then "N errors".</summary>
    public static string CompileError(ScriptResult result) => WithCount(result.Error!, result.Diagnostics.Count);

    /// <summary>
    /// Formatted diagnostics (<paramref name="text"/>, as the engine prints them) followed by "N errors"; with no
    /// diagnostics (a construct the compiler rejects after parsing) the engine's one located line stands alone.
    /// </summary>
    public static string WithCount(string text, int count)
    {
        text = text.EndsWith('\n') ? text : text + "\n";
        return count == 0 ? text : text + (count == 1 ? "1 error" : $"{count} errors") + "\n";
    }

    /// <summary>How many diagnostics the engine's formatted text for <paramref name="fileName"/> holds (one header line each).</summary>
    public static int CountDiagnostics(string text, string fileName)
    {
        var count = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(fileName + ":", StringComparison.Ordinal) && line.Contains(": error PS", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// An uncaught error as Node prints it for a script: the innermost frame's <c>file:line</c>, its source line and a
    /// caret under the column, a blank line, then <c>TypeError: message</c> and the stack (<c>at f (file:line:col)</c>).
    /// </summary>
    public static string RuntimeError(ScriptResult result, string source, string fileName)
    {
        var error = result.Error!;
        if (error.StartsWith(Uncaught, StringComparison.Ordinal))
        {
            error = error[Uncaught.Length..];
        }

        var text = new StringBuilder();
        if (InnermostFrame(error, fileName) is { } position && position.Line >= 1)
        {
            var sourceText = new SourceText(fileName, source);
            if (position.Line <= sourceText.LineCount)
            {
                var line = sourceText.GetLineText(position.Line - 1);
                text.Append(fileName).Append(':').Append(position.Line).Append('\n').Append(line).Append('\n');
                AppendCaret(text, line, position.Column);
                text.Append('\n');
            }
        }

        return text.Append(error).Append('\n').ToString();
    }

    /// <summary>The line and column of the innermost stack frame ("    at f (file:3:10)" or "    at file:3:10") when it is in <paramref name="fileName"/>.</summary>
    private static LinePosition? InnermostFrame(string error, string fileName)
    {
        foreach (var line in error.Split('\n'))
        {
            if (!line.StartsWith(FramePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var location = line.EndsWith(')') && line.LastIndexOf('(') is var open and >= 0 ? line[(open + 1)..^1] : line[FramePrefix.Length..];
            var colon2 = location.LastIndexOf(':');
            var colon1 = colon2 > 0 ? location.LastIndexOf(':', colon2 - 1) : -1;
            if (colon1 < 0 || location[..colon1] != fileName)
            {
                return null;
            }

            if (int.TryParse(location[(colon1 + 1)..colon2], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                && int.TryParse(location[(colon2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                return new LinePosition(row, column);
            }

            return null;
        }

        return null;
    }

    private static void AppendCaret(StringBuilder text, string line, int column)
    {
        // Tabs stay tabs so the caret lines up under the column however the terminal expands them.
        for (var i = 0; i < column - 1 && i < line.Length; i++)
        {
            text.Append(line[i] == '\t' ? '\t' : ' ');
        }

        text.Append("^\n");
    }
}
