namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Runs the parts of `phasor bench script` that the options select and gathers a <see cref="ScriptBenchReport"/>.</summary>
internal static class ScriptBenchRunner
{
    /// <summary>Measures; progress lines go to <paramref name="progress"/> (the results themselves are in the report).</summary>
    public static ScriptBenchReport Run(ScriptBenchOptions options, TextWriter progress)
    {
        var workloads = ScriptWorkloads.Names.Where(options.Only.Contains).ToList();
        string? nodeNote = null;
        NodeRunner? node = null;
        if (options.Node is null)
        {
            nodeNote = "Node not requested (--node none): Phasor only";
        }
        else if (workloads.Count > 0)
        {
            node = NodeRunner.TryCreate(options.Node, workloads, out var reason);
            nodeNote = reason is null ? null : "Node not available, Phasor only: " + reason;
        }

        using (node)
        {
            var results = new List<WorkloadResult>();
            foreach (var name in workloads)
            {
                progress.WriteLine($"script bench: {name}");
                var phasor = PhasorWorkloadRunner.Run(name, ScriptWorkloads.Read(name), options.Warmups, options.Runs);
                var jitless = node?.Run(name, jitless: true, options.Warmups, options.Runs);
                var jit = node?.Run(name, jitless: false, options.Warmups, options.Runs);
                results.Add(new WorkloadResult(name, phasor, jitless, jit));
            }

            SyntaxThroughput? syntax = null;
            if (options.Only.Contains("syntax"))
            {
                progress.WriteLine("script bench: lexer, parser, compiler");
                syntax = SyntaxThroughput.Measure(options.CorpusChars, options.Runs);
            }

            CellLatency? cell = null;
            if (options.Only.Contains("cell"))
            {
                progress.WriteLine("script bench: cell latency");
                cell = CellLatency.Measure(warmups: Math.Max(50, options.CellEvaluations / 5), options.CellEvaluations);
            }

            return new ScriptBenchReport(options, node?.Version, nodeNote, results, syntax, cell);
        }
    }
}
