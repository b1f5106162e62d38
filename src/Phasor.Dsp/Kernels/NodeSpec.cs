namespace Phasor.Dsp.Kernels;

/// <summary>
/// What a node type declares about itself: name, family, ports, parameters and how it behaves in feedback.
/// It is data: the catalogue, validation, docs and planning all read it.
/// </summary>
public sealed class NodeSpec
{
    /// <summary>Creates a spec; arrays are owned by the spec afterwards.</summary>
    public NodeSpec(string type, string category, string summary, PortSpec[] inputs, OutputSpec[] outputs, ParamSpec[]? parameters = null)
    {
        Type = type;
        Category = category;
        Summary = summary;
        Inputs = inputs;
        Outputs = outputs;
        Parameters = parameters ?? [];
    }

    /// <summary>Type name as written in patches (`sine`, `biquad`, ...).</summary>
    public string Type { get; }

    /// <summary>Family used to group docs (Oscillators, Filters, ...).</summary>
    public string Category { get; }

    /// <summary>One sentence saying what the node does.</summary>
    public string Summary { get; }

    /// <summary>Input ports in kernel order: the kernel reads input <c>i</c> as <c>Inputs[i]</c>.</summary>
    public IReadOnlyList<PortSpec> Inputs { get; }

    /// <summary>Output ports in kernel order.</summary>
    public IReadOnlyList<OutputSpec> Outputs { get; }

    /// <summary>Constant parameters.</summary>
    public IReadOnlyList<ParamSpec> Parameters { get; }

    /// <summary>
    /// The input whose value reaches the outputs only after at least one sample, so a feedback loop
    /// may close through it; null for nodes with no such input. Kernels that name one implement
    /// <see cref="NodeKernel.ProcessRead"/> and <see cref="NodeKernel.ProcessWrite"/>.
    /// </summary>
    public string? FeedbackInput { get; init; }

    /// <summary>True when a feedback loop may close through this node.</summary>
    public bool BreaksFeedback => FeedbackInput is not null;

    /// <summary>True for nonlinear nodes that benefit from oversampling; shown in docs as a hint.</summary>
    public bool SuggestsOversampling { get; init; }

    /// <summary>Index of the input port with this name, or -1.</summary>
    public int InputIndex(string name)
    {
        for (var i = 0; i < Inputs.Count; i++)
        {
            if (Inputs[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the output port with this name, or -1.</summary>
    public int OutputIndex(string name)
    {
        for (var i = 0; i < Outputs.Count; i++)
        {
            if (Outputs[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The parameter with this name, or null.</summary>
    public ParamSpec? Parameter(string name)
    {
        foreach (var p in Parameters)
        {
            if (p.Name == name)
            {
                return p;
            }
        }

        return null;
    }
}
