using System.Text;

namespace Phasor.Graph.Json;

/// <summary>Maps byte offsets of UTF-8 text to 1-based line and character column, in O(log lines) each.</summary>
internal sealed class LineIndex
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Position(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8.AsSpan(start, (int)offset - start)) + 1;
        return (line + 1, column);
    }
}
