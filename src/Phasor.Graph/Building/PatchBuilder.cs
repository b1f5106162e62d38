using System.Collections.Immutable;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Model;

namespace Phasor.Graph.Building;

/// <summary>
/// Builds patches in C#, for programs that embed Phasor:
/// <code>
/// var b = new PatchBuilder();
/// var osc = b.Add("sine", "osc").Set("freq", 440);
/// var amp = b.Add("gain", "amp").Set("in", osc).Set("level", 0.5);
/// Patch patch = b.Output(amp).Build();
/// </code>
/// The result is not validated: run <see cref="Validation.PatchValidator"/> on it.
/// </summary>
public sealed class PatchBuilder(NodeCatalogue? catalogue = null)
{
    private readonly List<NodeBuilder> _nodes = [];
    private readonly List<PortRef?> _outputs = [];

    internal NodeCatalogue Catalogue { get; } = catalogue ?? NodeCatalogue.Default;

    /// <summary>Adds a node; <paramref name="id"/> defaults to the type and a number.</summary>
    public NodeBuilder Add(string type, string? id = null)
    {
        var node = new NodeBuilder(this, id ?? $"{type}{_nodes.Count(n => n.Type == type) + 1}", type);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Appends output channels, in order; null adds a silent channel.</summary>
    public PatchBuilder Output(params PortRef?[] channels)
    {
        _outputs.AddRange(channels);
        return this;
    }

    /// <summary>The immutable patch.</summary>
    public Patch Build() => new([.. _nodes.Select(n => n.Build())], [.. _outputs]);
}
