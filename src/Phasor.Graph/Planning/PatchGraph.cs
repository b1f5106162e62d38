using Phasor.Dsp.Kernels;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Model;

namespace Phasor.Graph.Planning;

/// <summary>
/// A patch with names resolved to indices: each node's kernel and the edges between ports.
/// Built only from a patch that validated without errors.
/// </summary>
public sealed class PatchGraph
{
    private PatchGraph(Patch patch, NodeKernel[] kernels, Edge[] edges, (int Node, int Port)[] outputs)
    {
        Patch = patch;
        Kernels = kernels;
        Edges = edges;
        Outputs = outputs;
    }

    /// <summary>The patch.</summary>
    public Patch Patch { get; }

    /// <summary>Kernel of node i.</summary>
    public IReadOnlyList<NodeKernel> Kernels { get; }

    /// <summary>Every connection, in node then port order.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>Per channel, the producing node and output index; node -1 for a silent channel.</summary>
    public IReadOnlyList<(int Node, int Port)> Outputs { get; }

    /// <summary>Resolves a patch; throws <see cref="InvalidOperationException"/> on a patch that did not validate.</summary>
    public static PatchGraph Resolve(Patch patch, NodeCatalogue catalogue)
    {
        var kernels = patch.Nodes.Select(n => catalogue.Find(n.Type) ?? throw new InvalidOperationException($"unknown node type '{n.Type}': validate first")).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < patch.Nodes.Length; i++)
        {
            index.TryAdd(patch.Nodes[i].Id, i);
        }

        var edges = new List<Edge>();
        for (var target = 0; target < patch.Nodes.Length; target++)
        {
            var spec = kernels[target].Spec;
            for (var port = 0; port < spec.Inputs.Count; port++)
            {
                if (patch.Nodes[target].Inputs.TryGetValue(spec.Inputs[port].Name, out var input) && input is InputValue.Connection c)
                {
                    var (source, sourcePort) = ResolvePort(index, kernels, c.Source);
                    edges.Add(new Edge(source, sourcePort, target, port));
                }
            }
        }

        var outputs = patch.Outputs.Select(o => o is { } r ? ResolvePort(index, kernels, r) : (-1, -1)).ToArray();
        return new PatchGraph(patch, kernels, [.. edges], outputs);
    }

    /// <summary>Node index and output index of a port reference; throws when it does not resolve.</summary>
    private static (int Node, int Port) ResolvePort(Dictionary<string, int> index, NodeKernel[] kernels, PortRef port)
    {
        if (!index.TryGetValue(port.Node, out var node))
        {
            throw new InvalidOperationException($"no node '{port.Node}': validate first");
        }

        var output = port.Port is null ? 0 : kernels[node].Spec.OutputIndex(port.Port);
        return output >= 0 && output < kernels[node].Spec.Outputs.Count
            ? (node, output)
            : throw new InvalidOperationException($"no output '{port}': validate first");
    }

    /// <summary>Whether edge <paramref name="edge"/> enters its target through the target's feedback input (the delayed one).</summary>
    public bool IsDelayed(Edge edge)
    {
        var spec = Kernels[edge.Target].Spec;
        return spec.FeedbackInput is { } name && spec.Inputs[edge.TargetPort].Name == name;
    }
}
