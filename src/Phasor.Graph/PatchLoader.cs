using Phasor.Graph.Catalogue;
using Phasor.Graph.Json;
using Phasor.Graph.Validation;

namespace Phasor.Graph;

/// <summary>Reads and validates a JSON patch in one call: the entry point for files users write.</summary>
public static class PatchLoader
{
    /// <summary>The patch (null unless valid), every diagnostic, and the source map.</summary>
    public static LoadResult Load(string text, string? file = null, NodeCatalogue? catalogue = null)
    {
        catalogue ??= NodeCatalogue.Default;
        var read = PatchJsonReader.Read(text, file, catalogue);
        if (read.Patch is null)
        {
            return read;
        }

        // Structural and semantic problems together, so the user sees everything in one go;
        // but one problem per place: a missing 'outputs' need not also be "0 channels".
        var semantic = PatchValidator.Validate(read.Patch, catalogue).Where(d => !read.Diagnostics.Any(r => r.Path == d.Path));
        var all = read.Diagnostics.Concat(semantic).ToList();
        return new LoadResult(all.Count == 0 ? read.Patch : null, all, read.Source);
    }
}
