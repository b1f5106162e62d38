namespace Phasor.Dsp.Kernels;

/// <summary>The declaration of one output port of a node type.</summary>
/// <param name="Name">Port name as written in patches (`node.port`).</param>
/// <param name="Rate">Control-rate outputs hold one value per block.</param>
/// <param name="Description">One sentence for docs.</param>
public sealed record OutputSpec(string Name, PortRate Rate, string Description)
{
    /// <summary>The usual single audio output, named <c>out</c>.</summary>
    public static OutputSpec Out(string description = "Output signal.") => new("out", PortRate.Audio, description);
}
