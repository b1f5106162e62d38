using System.Collections.Frozen;

namespace Phasor.Dsp.Kernels;

/// <summary>
/// The constant parameters of one node, with the spec's defaults filled in.
/// Read when a kernel resets, never on the render path.
/// </summary>
public sealed class NodeParams
{
    private readonly FrozenDictionary<string, ParamValue> _values;
    private readonly NodeSpec _spec;

    /// <summary>Binds explicit values to a spec; missing parameters take the spec's default.</summary>
    public NodeParams(NodeSpec spec, IReadOnlyDictionary<string, ParamValue> values)
    {
        _spec = spec;
        _values = values.ToFrozenDictionary();
    }

    /// <summary>Parameters that are all defaults.</summary>
    public static NodeParams Defaults(NodeSpec spec) => new(spec, new Dictionary<string, ParamValue>());

    /// <summary>A number parameter, or its default.</summary>
    public double Number(string name) =>
        _values.TryGetValue(name, out var v) ? v.Number : (_spec.Parameter(name) ?? throw UnknownParameter(name)).Default;

    /// <summary>An integer parameter, or its default.</summary>
    public int Integer(string name) => (int)Math.Round(Number(name));

    /// <summary>A choice parameter as the index of the chosen word in <see cref="ParamSpec.Choices"/>.</summary>
    public int Choice(string name)
    {
        if (_values.TryGetValue(name, out var v) && v.Text is { } word)
        {
            var choices = _spec.Parameter(name)?.Choices ?? [];
            var index = Array.IndexOf(choices, word);
            return index >= 0 ? index : throw new InvalidOperationException($"'{word}' is not a choice of '{_spec.Type}.{name}'.");
        }

        return Integer(name);
    }

    /// <summary>A list parameter; a one-element list of the default when absent.</summary>
    public ReadOnlySpan<double> List(string name) =>
        _values.TryGetValue(name, out var v) ? v.List : new[] { (_spec.Parameter(name) ?? throw UnknownParameter(name)).Default };

    private InvalidOperationException UnknownParameter(string name) =>
        new($"Node type '{_spec.Type}' declares no parameter '{name}'.");
}
