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
                results.Add(MeasureWorkload(name, options, node));
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

    /// <summary>Times one workload in rounds that alternate the engines, so a change in the machine's load falls on all of them.</summary>
    private static WorkloadResult MeasureWorkload(string name, ScriptBenchOptions options, NodeRunner? node)
    {
        var workload = PhasorWorkload.Load(name, ScriptWorkloads.Read(name), options.Warmups, out var error);
        if (workload is null)
        {
            return new WorkloadResult(name, EngineTimes.Failed(error ?? "did not load"), null, null);
        }

        EngineTimes? phasor = null, jitless = null, jit = null;
        for (var round = 0; round < options.Rounds; round++)
        {
            phasor = Append(phasor, workload.Time(options.Runs));
            if (node is not null)
            {
                jitless = Append(jitless, node.Run(name, jitless: true, options.Warmups, options.Runs));
                jit = Append(jit, node.Run(name, jitless: false, options.Warmups, options.Runs));
            }
        }

        return new WorkloadResult(name, phasor!, jitless, jit);
    }

    private static EngineTimes Append(EngineTimes? sofar, EngineTimes more) => sofar is null ? more : sofar.Append(more);
}
