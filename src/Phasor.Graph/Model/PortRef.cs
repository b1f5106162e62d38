namespace Phasor.Graph.Model;

/// <summary>A reference to an output port: <c>node</c> (its first output) or <c>node.port</c>.</summary>
/// <param name="Node">Id of the node.</param>
/// <param name="Port">Output port name, or null for the node's first output.</param>
public readonly record struct PortRef(string Node, string? Port = null)
{
    /// <summary>Parses <c>node</c> or <c>node.port</c>.</summary>
    public static PortRef Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new PortRef(text) : new PortRef(text[..dot], text[(dot + 1)..]);
    }

    /// <inheritdoc/>
    public override string ToString() => Port is null ? Node : $"{Node}.{Port}";
}
