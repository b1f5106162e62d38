namespace Phasor.Wasm.Tests.Spec;

/// <summary>Where the spec suite, its conversion cache and <c>wast2json</c> are. Missing pieces fail loudly.</summary>
internal static class SpecPaths
{
    private static readonly Lazy<string> s_suite = new(FindSuite);
    private static readonly Lazy<string> s_wast2json = new(FindWast2Json);

    /// <summary>Gets the directory of the <c>.wast</c> files (<c>../shared/wasm-spec</c> beside the project root).</summary>
    public static string Suite => s_suite.Value;

    /// <summary>Gets the path of the <c>wast2json</c> executable.</summary>
    public static string Wast2Json => s_wast2json.Value;

    /// <summary>Gets the root of the conversion cache.</summary>
    public static string Cache => Path.Combine(Path.GetTempPath(), "phasor-wast");

    private static string FindSuite()
    {
        if (Environment.GetEnvironmentVariable("PHASOR_WASM_SPEC") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (SharedFolder.Find("wasm-spec", "binary.wast") is { } found)
        {
            return found;
        }

        throw new InvalidOperationException(
            "the Wasm spec suite (shared/wasm-spec beside the project root) was not found; set PHASOR_WASM_SPEC to its directory (or PHASOR_SHARED to the shared folder)");
    }

    private static string FindWast2Json()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "wast2json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "wast2json was not found on PATH: the Wasm spec tests need wabt (apt-get install -y wabt; .ci/run installs it)");
    }
}
