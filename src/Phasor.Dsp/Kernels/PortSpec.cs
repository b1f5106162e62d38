namespace Phasor.Dsp.Kernels;

/// <summary>The declaration of one input port of a node type: its name, rate, default, legal range and unit.</summary>
/// <param name="Name">Port name as written in patches.</param>
/// <param name="Rate">How often the node reads the port.</param>
/// <param name="Default">Value used when the port is not connected and not set.</param>
/// <param name="Min">Smallest legal constant value.</param>
/// <param name="Max">Largest legal constant value.</param>
/// <param name="Unit">Unit shown in docs (Hz, s, dB, ...), empty when dimensionless.</param>
/// <param name="Description">One sentence for `phasor nodes` and docs/nodes.md.</param>
/// <param name="Required">When true the port must be connected or set.</param>
public sealed record PortSpec(
    string Name,
    PortRate Rate,
    double Default,
    double Min,
    double Max,
    string Unit,
    string Description,
    bool Required = false)
{
    /// <summary>An audio-rate port that is usually fed by another node.</summary>
    public static PortSpec Signal(string name, string description, bool required = false) =>
        new(name, PortRate.Audio, 0, double.NegativeInfinity, double.PositiveInfinity, "", description, required);
}
