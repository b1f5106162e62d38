namespace Phasor.Dsp.Kernels;

/// <summary>A constant parameter value: a number or a list of numbers.</summary>
public readonly record struct ParamValue
{
    private readonly double[]? _list;

    private ParamValue(double number, double[]? list)
    {
        Number = number;
        _list = list;
    }

    /// <summary>The number; for lists, the first element.</summary>
    public double Number { get; }

    /// <summary>The list; a one-element list for numbers.</summary>
    public ReadOnlySpan<double> List => _list is null ? new[] { Number } : _list;

    /// <summary>True when the value was written as a list.</summary>
    public bool IsList => _list is not null;

    /// <summary>A number.</summary>
    public static ParamValue Of(double number) => new(number, null);

    /// <summary>A list; the array is copied.</summary>
    public static ParamValue Of(IEnumerable<double> list)
    {
        var copy = list.ToArray();
        return new(copy.Length > 0 ? copy[0] : 0, copy);
    }

    /// <inheritdoc/>
    public bool Equals(ParamValue other) =>
        Number.Equals(other.Number) && (_list is null ? other._list is null : other._list is not null && _list.AsSpan().SequenceEqual(other._list));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, _list?.Length ?? -1);

    /// <inheritdoc/>
    public override string ToString() => _list is null ? Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "[" + string.Join(", ", _list) + "]";
}
