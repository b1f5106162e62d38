using System.Collections.Immutable;
using Phasor.Dsp.Kernels;

namespace Phasor.Graph.Model;

/// <summary>
/// An immutable node definition: type, stable id, what feeds its inputs, its constant parameters and
/// its oversampling factor. It never holds mutable state: that lives in the running kernel's arena.
/// </summary>
/// <param name="Id">Stable id, unique in the patch; the live session matches nodes across edits by it.</param>
/// <param name="Type">Node type name from the catalogue.</param>
/// <param name="Inputs">Inputs that are set or connected; the others take their port default.</param>
/// <param name="Params">Parameters that are set; the others take their default.</param>
/// <param name="Oversample">1, 2, 4 or 8: the node runs at this multiple of the sample rate.</param>
public sealed record NodeDef(
    string Id,
    string Type,
    ImmutableDictionary<string, InputValue> Inputs,
    ImmutableDictionary<string, ParamValue> Params,
    int Oversample = 1)
{
    /// <summary>A node with nothing set.</summary>
    public static NodeDef Create(string id, string type) =>
        new(id, type, ImmutableDictionary<string, InputValue>.Empty, ImmutableDictionary<string, ParamValue>.Empty);
}
