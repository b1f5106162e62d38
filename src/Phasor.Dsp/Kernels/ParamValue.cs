namespace Phasor.Dsp.Kernels;

/// <summary>A constant parameter value: a number, a list of numbers, or a word (for choices).</summary>
public readonly record struct ParamValue
{
    private readonly double[]? _list;

    private ParamValue(double number, double[]? list, string? text = null)
    {
        Number = number;
        _list = list;
        Text = text;
    }

    /// <summary>The word, for values written as text (choices); null otherwise.</summary>
    public string? Text { get; }

    /// <summary>The number; for lists, the first element.</summary>
    public double Number { get; }

    /// <summary>The list; a one-element list for numbers.</summary>
    public ReadOnlySpan<double> List => _list is null ? new[] { Number } : _list;

    /// <summary>True when the value was written as a list.</summary>
    public bool IsList => _list is not null;

    /// <summary>A number.</summary>
    public static ParamValue Of(double number) => new(number, null);

    /// <summary>A word, for choice parameters.</summary>
    public static ParamValue Of(string text) => new(0, null, text);

    /// <summary>A list; the array is copied.</summary>
    public static ParamValue Of(IEnumerable<double> list)
    {
        var copy = list.ToArray();
        return new(copy.Length > 0 ? copy[0] : 0, copy);
    }

    /// <inheritdoc/>
    public bool Equals(ParamValue other) =>
        Number.Equals(other.Number) && Text == other.Text && (_list is null ? other._list is null : other._list is not null && _list.AsSpan().SequenceEqual(other._list));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, _list?.Length ?? -1);

    /// <inheritdoc/>
    public override string ToString() => Text is not null ? Text : _list is null ? Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "[" + string.Join(", ", _list) + "]";
}
