using System.Collections.Frozen;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;

namespace Phasor.Graph.Catalogue;

/// <summary>The node types a patch may use, looked up by name. Immutable and shared.</summary>
public sealed class NodeCatalogue
{
    private readonly FrozenDictionary<string, NodeKernel> _byType;

    /// <summary>Builds a catalogue; type names must be unique.</summary>
    public NodeCatalogue(IEnumerable<NodeKernel> kernels)
    {
        Kernels = [.. kernels];
        _byType = Kernels.ToFrozenDictionary(k => k.Spec.Type, StringComparer.Ordinal);
    }

    /// <summary>Every node type Phasor ships.</summary>
    public static NodeCatalogue Default { get; } = new(NodeLibrary.All);

    /// <summary>All kernels in catalogue order (family by family).</summary>
    public IReadOnlyList<NodeKernel> Kernels { get; }

    /// <summary>The kernel of a type, or null.</summary>
    public NodeKernel? Find(string type) => _byType.GetValueOrDefault(type);

    /// <summary>Names close to <paramref name="name"/> among <paramref name="candidates"/>, for "did you mean" hints.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        // Names longer than anyone types are not typos; skipping them keeps the cost bounded on hostile input.
        const int LongestName = 64;
        if (name.Length > LongestName)
        {
            return null;
        }

        var allowed = Math.Max(1, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate.Length > LongestName || Math.Abs(candidate.Length - name.Length) > allowed)
            {
                continue;
            }

            var d = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance: edits plus swaps of neighbours, the commonest typo.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
