namespace Phasor.Script.Text;

/// <summary>A position in a source text as a 1-based line and a 1-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";
}
