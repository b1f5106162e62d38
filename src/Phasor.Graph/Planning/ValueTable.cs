namespace Phasor.Graph.Planning;

/// <summary>
/// Numbers every signal a plan carries: each node output, and each resampled copy of an output at
/// another oversampling factor. Says which value each input reads and each step writes.
/// </summary>
internal sealed class ValueTable
{
    private readonly PatchGraph _graph;
    private readonly int[] _base;
    private readonly Dictionary<(int Value, int Factor), int> _resampled = [];
    private readonly Dictionary<(int Node, int Port), int> _inputs = [];
    private readonly List<int> _factor = [];

    public ValueTable(PatchGraph graph)
    {
        _graph = graph;
        var nodes = graph.Patch.Nodes;
        _base = new int[nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            _base[n] = _factor.Count;
            for (var p = 0; p < graph.Kernels[n].Spec.Outputs.Count; p++)
            {
                _factor.Add(nodes[n].Oversample);
            }
        }

        foreach (var e in graph.Edges)
        {
            _inputs[(e.Target, e.TargetPort)] = AtFactor(Output(e.Source, e.SourcePort), nodes[e.Target].Oversample);
        }

        Channels = graph.Outputs.Select(o => o.Node < 0 ? -1 : AtFactor(Output(o.Node, o.Port), 1)).ToList();
    }

    /// <summary>Resamplers in creation order: input value, output value, factors, producing node.</summary>
    public List<(int Input, int Output, int SourceFactor, int TargetFactor, int Node)> Resamplers { get; } = [];

    /// <summary>Value of each output channel, -1 for silence.</summary>
    public List<int> Channels { get; }

    /// <summary>Number of values.</summary>
    public int Count => _factor.Count;

    public int Factor(int value) => _factor[value];

    public int Output(int node, int port) => _base[node] + port;

    /// <summary>The value input <paramref name="port"/> of <paramref name="node"/> reads, or null when it is a constant.</summary>
    public int? InputValue(int node, int port) => _inputs.TryGetValue((node, port), out var v) ? v : null;

    public IEnumerable<int> ResamplersOf(int node)
    {
        for (var r = 0; r < Resamplers.Count; r++)
        {
            if (Resamplers[r].Node == node)
            {
                yield return r;
            }
        }
    }

    /// <summary>Values a step reads.</summary>
    public IEnumerable<int> Reads(PlanStep step)
    {
        if (step.Kind == StepKind.Resample)
        {
            yield return Resamplers[step.Target].Input;
            yield break;
        }

        var spec = _graph.Kernels[step.Target].Spec;
        for (var p = 0; p < spec.Inputs.Count; p++)
        {
            var isFeedback = spec.Inputs[p].Name == spec.FeedbackInput;
            var reads = step.Kind switch
            {
                StepKind.Read => !isFeedback,
                StepKind.Write => isFeedback,
                _ => true,
            };
            if (reads && InputValue(step.Target, p) is { } v)
            {
                yield return v;
            }
        }
    }

    /// <summary>Values a step writes.</summary>
    public IEnumerable<int> Writes(PlanStep step)
    {
        if (step.Kind == StepKind.Resample)
        {
            yield return Resamplers[step.Target].Output;
        }
        else if (step.Kind != StepKind.Write)
        {
            for (var p = 0; p < _graph.Kernels[step.Target].Spec.Outputs.Count; p++)
            {
                yield return Output(step.Target, p);
            }
        }
    }

    private int AtFactor(int value, int factor)
    {
        if (_factor[value] == factor)
        {
            return value;
        }

        if (!_resampled.TryGetValue((value, factor), out var copy))
        {
            copy = _factor.Count;
            _factor.Add(factor);
            _resampled[(value, factor)] = copy;
            var node = Array.FindLastIndex(_base, b => b <= value);
            Resamplers.Add((value, copy, _factor[value], factor, node));
        }

        return copy;
    }
}
