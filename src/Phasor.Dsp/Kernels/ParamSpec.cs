namespace Phasor.Dsp.Kernels;

/// <summary>
/// The declaration of a constant parameter of a node type: a value fixed when the patch is planned
/// (sizes, seeds, lists), as opposed to a port, which can be modulated.
/// </summary>
/// <param name="Name">Parameter name as written in patches.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Default">Default for numbers; ignored for lists.</param>
/// <param name="Min">Smallest legal value (each element for lists).</param>
/// <param name="Max">Largest legal value (each element for lists).</param>
/// <param name="Unit">Unit shown in docs.</param>
/// <param name="Description">One sentence for docs.</param>
/// <param name="Required">When true the patch must set it.</param>
/// <param name="Choices">For <see cref="ParamKind.Choice"/>: the words allowed; <paramref name="Default"/> is an index into them.</param>
public sealed record ParamSpec(
    string Name,
    ParamKind Kind,
    double Default,
    double Min,
    double Max,
    string Unit,
    string Description,
    bool Required = false,
    string[]? Choices = null)
{
    /// <summary>A choice among words; the default is the first unless given.</summary>
    public static ParamSpec Choice(string name, string description, string[] choices, int defaultIndex = 0) =>
        new(name, ParamKind.Choice, defaultIndex, 0, choices.Length - 1, "", description, Choices: choices);
}
