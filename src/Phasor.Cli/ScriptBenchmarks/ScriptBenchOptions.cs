namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>What `phasor bench script` measures and how often.</summary>
/// <param name="Runs">Timed calls of each workload per round (and timed passes of each front-end stage, three times as many for the lexer); the median is reported.</param>
/// <param name="Rounds">Rounds per workload, each timing every engine in turn.</param>
/// <param name="Warmups">Untimed calls before the timed ones, in every engine.</param>
/// <param name="Node">The Node executable, or null to measure Phasor alone.</param>
/// <param name="Only">The parts to run: workload names, <c>syntax</c>, <c>cell</c>.</param>
/// <param name="CorpusChars">The size of the generated corpus for the front-end throughput.</param>
/// <param name="CellEvaluations">Timed evaluations of the cell.</param>
internal sealed record ScriptBenchOptions(int Runs, int Rounds, int Warmups, string? Node, IReadOnlySet<string> Only, int CorpusChars = 4_000_000, int CellEvaluations = 1000)
{
    /// <summary>Every part, in report order.</summary>
    public static IReadOnlyList<string> Parts { get; } = [.. ScriptWorkloads.Names, "syntax", "cell"];
}
