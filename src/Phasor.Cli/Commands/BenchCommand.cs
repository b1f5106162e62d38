using System.Globalization;
using System.Text;
using System.Text.Json;
using Phasor.Audio;
using Phasor.Audio.Bench;
using Phasor.Cli.CommandLine;
using Phasor.Cli.ScriptBenchmarks;

namespace Phasor.Cli.Commands;

/// <summary>`phasor bench`: render-thread CPU time of the example fixtures (and of every node type) at 48 kHz in 128-frame blocks; `phasor bench script` for Phasor Script.</summary>
public sealed class BenchCommand : ICommand
{
    private static readonly string[] s_fixtures = ["sine", "fm", "complex"];
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <inheritdoc/>
    public string Name => "bench";

    /// <inheritdoc/>
    public string Summary => "Measure how fast the fixtures (or every node type) render, the Wasm interpreter against V8, or Phasor Script against Node";

    /// <inheritdoc/>
    public string Usage => "phasor bench [sine|fm|complex|nodes|all|PATCH.json] [--seconds 60] [--runs 5] [--backend il|reference] [--json out.json]\n"
        + "       phasor bench wasm [--runs 5] [--peers DIR]\n"
        + "       phasor bench script [--runs 5] [--rounds 3] [--warmup 2] [--node node|none] [--only fib,oo,array,string,closure,syntax,cell] [--json out.json]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("seconds", 's', "SECONDS", "Audio rendered per timed run (default 60; 5 for nodes)"),
        new("runs", null, "N", "Timed runs per fixture; the median is reported (default 5)"),
        RenderSettings.Backend,
        new("json", null, "FILE", "Also write the results as JSON (schema in docs/benchmarks.md); '-' for stdout"),
        new("peers", null, "DIR", "bench wasm: the peers directory with prebuilt/bench_lib.wasm (default: shared/peers/wasm above the working directory)"),
        new("warmup", null, "N", "script: untimed calls of each workload before the timed ones (default 2)"),
        new("rounds", null, "N", "script: rounds per workload, each timing Phasor, node --jitless and node in turn (default 3)"),
        new("node", null, "PATH", "script: the Node to compare with (default node; 'none' for Phasor only)"),
        new("only", null, "PARTS", "script: comma-separated parts to run (default all): " + string.Join(",", ScriptBenchOptions.Parts)),
    ];

    /// <inheritdoc/>
    public int MaxPositional => 1;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var what = args.Positional.Count > 0 ? args.Positional[0] : "all";
        if (what == "wasm")
        {
            return WasmBench.Run(args, context);
        }

        if (what == "script")
        {
            return RunScript(args, context);
        }

        var isFile = what.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!isFile && what is not ("sine" or "fm" or "complex" or "nodes" or "all"))
        {
            throw new UsageException($"unknown fixture '{what}'; choose sine, fm, complex, nodes, all, wasm, script or a PATCH.json");
        }

        var backend = RenderSettings.BackendKind(args);
        var runs = args.Integer("runs", 5, 1, 101);
        var results = new List<BenchResult>();
        var json = args.Text("json");
        var table = json == "-" ? TextWriter.Null : context.Out;
        table.WriteLine(string.Create(CultureInfo.InvariantCulture, $"backend {RenderSettings.Name(backend)}, {BenchRunner.SampleRate:F0} Hz, {BenchRunner.BlockSize}-frame blocks, median of {runs} runs ({(ThreadCpuClock.IsCpuTime ? "thread CPU time" : "wall time")})"));
        table.WriteLine($"{"fixture",-22}{"realtime",12}{"us/block",11}{"compile ms",12}{"playable ms",12}{"cached ms",11}{"allocated",11}");
        var fixtures = isFile ? [(Path.GetFileName(what), "")] : Fixtures(what);
        foreach (var (name, text) in fixtures)
        {
            var seconds = args.Number("seconds", name.StartsWith("node:", StringComparison.Ordinal) ? 5 : 60, 0.1, 3600);
            var patch = isFile ? PatchFiles.Load(what) : PatchFiles.Parse(text, name);
            var result = BenchRunner.Run(name, patch, backend, seconds, runs);
            results.Add(result);
            table.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22}{result.RealtimeFactor,11:F0}x{result.MicrosecondsPerBlock,11:F2}{result.CompileMilliseconds,12:F2}{result.PlayableMilliseconds,12:F2}{result.CachedCompileMilliseconds,11:F2}{result.AllocatedBytes,10} B"));
        }

        if (json is not null)
        {
            WriteJson(json, results, backend, context);
        }

        // A render path that allocates is a bug the benchmark must not hide.
        return results.Any(r => r.AllocatedBytes > 0) ? ExitCodes.InternalError : ExitCodes.Ok;
    }

    /// <summary>`phasor bench script`: the Phasor Script workloads against Node, front-end throughput and cell latency.</summary>
    private static int RunScript(ParsedArgs args, CliContext context)
    {
        var only = (args.Text("only") ?? string.Join(",", ScriptBenchOptions.Parts)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (only.FirstOrDefault(p => !ScriptBenchOptions.Parts.Contains(p)) is { } unknown)
        {
            throw new UsageException($"unknown script bench part '{unknown}'; choose from {string.Join(", ", ScriptBenchOptions.Parts)}");
        }

        var node = args.Text("node", "node");
        var options = new ScriptBenchOptions(args.Integer("runs", 5, 1, 101), args.Integer("rounds", 3, 1, 20), args.Integer("warmup", 2, 0, 100), node == "none" ? null : node, only.ToHashSet());
        var report = ScriptBenchRunner.Run(options, context.Err);
        var json = args.Text("json");
        if (json != "-")
        {
            report.WriteTable(context.Out);
        }

        if (json is not null)
        {
            WriteText(json, report.ToJson(), context);
        }

        // A wrong checksum means the VM computed something else than Node: the figures would not compare like with like.
        return report.HasFailures ? ExitCodes.InternalError : ExitCodes.Ok;
    }

    private static IEnumerable<(string Name, string Text)> Fixtures(string what)
    {
        if (what is "all" or "sine" or "fm" or "complex")
        {
            foreach (var f in s_fixtures.Where(f => what == "all" || what == f))
            {
                yield return (f, BuiltInExamples.Read(f + ".json"));
            }
        }

        if (what is "all" or "nodes")
        {
            foreach (var type in NodeSuite.Types)
            {
                yield return ("node:" + type, NodeSuite.Patch(type, modulated: false));
            }
        }
    }

    private static void WriteJson(string path, List<BenchResult> results, BackendKind backend, CliContext context)
    {
        var document = new
        {
            schema = "phasor-bench/1",
            backend = RenderSettings.Name(backend),
            sampleRate = BenchRunner.SampleRate,
            blockSize = BenchRunner.BlockSize,
            cpuClock = ThreadCpuClock.IsCpuTime ? "thread" : "wall",
            machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
            results = results.Select(r => new
            {
                fixture = r.Fixture,
                seconds = r.Seconds,
                runs = r.CpuSeconds.Length,
                cpuSeconds = r.CpuSeconds,
                medianCpuSeconds = r.MedianCpuSeconds,
                realtimeFactor = Math.Round(r.RealtimeFactor, 2),
                microsecondsPerBlock = Math.Round(r.MicrosecondsPerBlock, 3),
                compileMilliseconds = Math.Round(r.CompileMilliseconds, 3),
                cachedCompileMilliseconds = Math.Round(r.CachedCompileMilliseconds, 3),
                playableMilliseconds = Math.Round(r.PlayableMilliseconds, 3),
                allocatedBytes = r.AllocatedBytes,
            }),
        };
        WriteText(path, JsonSerializer.Serialize(document, s_indented), context);
    }

    private static void WriteText(string path, string text, CliContext context)
    {
        if (path == "-")
        {
            context.Out.WriteLine(text);
            return;
        }

        try
        {
            File.WriteAllText(path, text + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {FileErrors.Reason(e)}");
        }
    }
}
