namespace Phasor.Wasm.Model;

/// <summary>A function signature: parameter and result types (spec 2.3.3). Compared structurally.</summary>
public sealed class FuncType : IEquatable<FuncType>
{
    /// <summary>Creates a signature.</summary>
    public FuncType(ValueType[] parameters, ValueType[] results)
    {
        Parameters = parameters;
        Results = results;
    }

    /// <summary>Gets the parameter types.</summary>
    public ValueType[] Parameters { get; }

    /// <summary>Gets the result types (more than one with multi-value).</summary>
    public ValueType[] Results { get; }

    /// <inheritdoc/>
    public bool Equals(FuncType? other) =>
        other is not null && Parameters.AsSpan().SequenceEqual(other.Parameters) && Results.AsSpan().SequenceEqual(other.Results);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FuncType);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var p in Parameters)
        {
            hash.Add(p);
        }

        hash.Add(0xFF);
        foreach (var r in Results)
        {
            hash.Add(r);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as the text format writes it: <c>[i32 i32] -&gt; [i64]</c>.</summary>
    public override string ToString() =>
        $"[{string.Join(' ', Parameters.Select(p => p.Name()))}] -> [{string.Join(' ', Results.Select(r => r.Name()))}]";
}
