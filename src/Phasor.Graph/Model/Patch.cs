using System.Collections.Immutable;

namespace Phasor.Graph.Model;

/// <summary>
/// An immutable patch: node definitions and the output channels (one port reference per channel,
/// null for a silent channel). <see cref="Source"/> maps JSON paths back to file positions when the
/// patch was read from a file.
/// </summary>
/// <param name="Nodes">Node definitions in file order.</param>
/// <param name="Outputs">Channel i plays <c>Outputs[i]</c>.</param>
/// <param name="Source">Positions of the JSON the patch came from; null for patches built in code.</param>
public sealed record Patch(ImmutableArray<NodeDef> Nodes, ImmutableArray<PortRef?> Outputs, SourceMap? Source = null)
{
    /// <summary>Number of output channels.</summary>
    public int Channels => Outputs.Length;

    /// <summary>Index of the node with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
