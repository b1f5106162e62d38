using Phasor.Audio.Tests.Support;
using Phasor.Graph;
using Phasor.Graph.Json;
using Phasor.Graph.Validation;

namespace Phasor.Audio.Tests.Examples;

/// <summary>examples/*.json are golden files: they must equal what <see cref="ExamplePatches"/> builds. UPDATE_GOLDEN=1 rewrites them.</summary>
public sealed class ExampleFileTests
{
    public static TheoryData<string> Names => [.. ExamplePatches.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void ExampleFile_IsWhatItsBuilderBuilds(string name)
    {
        var (title, build) = ExamplePatches.All[name];
        var patch = build();
        Assert.Empty(PatchValidator.Validate(patch));
        var expected = PatchJsonWriter.Write(patch, title);
        var path = Path.Combine(RepoPaths.Examples, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExampleFile_LoadsWithoutDiagnostics(string name)
    {
        var path = Path.Combine(RepoPaths.Examples, name);
        var result = PatchLoader.Load(File.ReadAllText(path), path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
