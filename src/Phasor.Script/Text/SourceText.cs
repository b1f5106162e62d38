namespace Phasor.Script.Text;

/// <summary>The text of one script source (a file or a notebook cell) with its name and a line index.</summary>
/// <remarks>
/// Line starts are computed on first use and kept, so parsing a cell that has no errors never pays for them.
/// Line breaks are those of ECMAScript (LF, CR, CRLF, U+2028, U+2029).
/// </remarks>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Wraps <paramref name="text"/> read from <paramref name="fileName"/>.</summary>
    public SourceText(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        FileName = fileName;
        Text = text;
    }

    /// <summary>The name shown in diagnostics and stack traces.</summary>
    public string FileName { get; }

    /// <summary>The whole source.</summary>
    public string Text { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines (a text without line breaks has one).</summary>
    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = GetLineIndex(offset);
        return new LinePosition(line + 1, offset - LineStarts[line] + 1);
    }

    /// <summary>The text of the line with 0-based index <paramref name="lineIndex"/>, without its line break.</summary>
    public string GetLineText(int lineIndex)
    {
        var starts = LineStarts;
        var start = starts[lineIndex];
        var end = lineIndex + 1 < starts.Length ? starts[lineIndex + 1] : Text.Length;
        while (end > start && IsLineBreak(Text[end - 1]))
        {
            end--;
        }

        return Text[start..end];
    }

    /// <summary>Whether <paramref name="c"/> ends a line in ECMAScript source.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (IsLineBreak(c))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
