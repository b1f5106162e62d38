using Xunit.Abstractions;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>The WebAssembly spec test suite, once per engine tier (converted by wast2json at test time).</summary>
public sealed class SpecTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => SpecFiles.Runnable();

    public static TheoryData<string> UnconvertibleFiles => SpecFiles.Unconverted();

    [Theory]
    [MemberData(nameof(Files))]
    public void Interpreter(string file)
    {
        var report = SpecRunner.Run(file, SpecTier.CreateInterpreter());
        output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
    }

    [Theory]
    [MemberData(nameof(UnconvertibleFiles))]
    public void Unconvertible_FilesStillFailToConvertUnpatched(string file)
    {
        // When wabt learns to convert one of these as it is, this fails so the file's exclusion or patch goes.
        var (exitCode, _) = Wast2Json.TryConvert(Path.Combine(SpecPaths.Suite, file));
        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void Suite_HasTheFilesItIsExpectedToHave()
    {
        var all = SpecFiles.All().ToList();
        Assert.Contains("binary.wast", all);
        Assert.All(SpecFiles.Unconvertible.Keys, f => Assert.Contains(f, all));
        Assert.Equal(147, all.Count);
        output.WriteLine($"{all.Count(f => !SpecFiles.IsSimd(f))} non-SIMD files ({SpecFiles.Unconvertible.Count} not convertible), "
            + $"{all.Count(SpecFiles.IsSimd)} SIMD files: {SpecFiles.SimdReason}");
    }

    [Fact]
    public void Wast2Json_IsInstalled() =>
        Assert.True(File.Exists(SpecPaths.Wast2Json)); // Throws with install instructions when missing.
}
