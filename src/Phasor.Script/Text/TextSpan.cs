namespace Phasor.Script.Text;

/// <summary>A range of UTF-16 code units in a source text, given by its start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last code unit of the span.</summary>
    public int End => Start + Length;

    /// <summary>Makes the span that runs from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
