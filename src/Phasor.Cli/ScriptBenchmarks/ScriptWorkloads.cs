namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>The benchmark programs of bench/script, compiled into the tool so `phasor bench script` runs anywhere.</summary>
/// <remarks>
/// Each workload defines <c>bench()</c>, which does the work and returns a checksum; it prints nothing and can be
/// called again with the same result. Both engines time calls of <c>bench()</c> only, so process start, parsing
/// and compiling stay out of the figures.
/// </remarks>
internal static class ScriptWorkloads
{
    /// <summary>The workloads in table order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["fib", "oo", "array", "string", "closure"];

    /// <summary>The source of bench/script/<paramref name="name"/>.ts.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(ScriptWorkloads).Assembly.GetManifestResourceStream("bench/script/" + name + ".ts")
            ?? throw new InvalidOperationException($"script workload '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
