using Phasor.Graph.Model;

namespace Phasor.Graph.Tests.Support;

/// <summary>Small patches written as JSON, read through the real reader.</summary>
public static class Patches
{
    public static Patch Read(string json)
    {
        var result = PatchLoader.Load(json, "test.json", TestNodes.Catalogue);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Patch!;
    }

    public static IReadOnlyList<Diagnostics.Diagnostic> Errors(string json) => PatchLoader.Load(json, "test.json", TestNodes.Catalogue).Diagnostics;
}
