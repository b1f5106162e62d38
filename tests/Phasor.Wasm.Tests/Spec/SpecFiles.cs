namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// Which <c>.wast</c> files run, and the listed exceptions with their reasons: SIMD (out of scope for this tier), the
/// file Debian's wabt cannot convert even patched (<see cref="WastPatches"/> makes six others convertible), and
/// single commands whose binary wast2json writes is not the module the <c>.wast</c> text means.
/// </summary>
internal static class SpecFiles
{
    /// <summary>Why the SIMD files do not run.</summary>
    public const string SimdReason = "SIMD (v128) is out of scope for this tier";

    /// <summary>
    /// The files wabt 1.0.32 (Debian's) fails to convert even with a <see cref="WastPatches"/> rewrite, with the
    /// reason each is not run.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Unconvertible = new Dictionary<string, string>
    {
        ["comments.wast"] = "wabt 1.0.32 crashes (an assertion in its lexer) on this file of text-format comment syntax; "
            + "its only modules to run are text (module quote) ones, which a binary engine does not parse anyway",
    };

    /// <summary>
    /// Commands whose expected message cannot be checked because wast2json encodes a different module than the text
    /// says; the runner still requires the same kind of rejection (malformed or invalid). Keyed by "file:line".
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MessageWaived = new Dictionary<string, string>
    {
        ["select.wast:324"] = "wabt 1.0.32 encodes `select (result)` (no types) as untyped select 0x1B, so the binary is "
            + "invalid for another reason (\"type mismatch\") instead of \"invalid result arity\"",
    };

    /// <summary>Gets the files the conformance theory runs (every non-SIMD, convertible file).</summary>
    public static TheoryData<string> Runnable() => Data(All().Where(f => !IsSimd(f) && !Unconvertible.ContainsKey(f)));

    /// <summary>Gets the files that wabt cannot convert as they are (whether or not a patch makes them convertible).</summary>
    public static TheoryData<string> Unconverted() =>
        Data(Unconvertible.Keys.Concat(WastPatches.ByFile.Keys).Order(StringComparer.Ordinal));

    /// <summary>Gets every <c>.wast</c> file name in the suite.</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(SpecPaths.Suite, "*.wast").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    /// <summary>Gets whether <paramref name="file"/> is one of the SIMD files.</summary>
    public static bool IsSimd(string file) => file.StartsWith("simd_", StringComparison.Ordinal);

    private static TheoryData<string> Data(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }
}
