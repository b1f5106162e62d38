using Phasor.Graph.Diagnostics;
using Phasor.Graph.Model;

namespace Phasor.Graph;

/// <summary>The outcome of reading a patch file: the patch (null when unusable), every diagnostic, and the source for quoting lines.</summary>
/// <param name="Patch">The patch, or null.</param>
/// <param name="Diagnostics">Every problem found.</param>
/// <param name="Source">The source text and positions.</param>
public sealed record LoadResult(Patch? Patch, IReadOnlyList<Diagnostic> Diagnostics, SourceMap Source)
{
    /// <summary>True when the patch can be planned.</summary>
    public bool Succeeded => Patch is not null && Diagnostics.Count == 0;
}
