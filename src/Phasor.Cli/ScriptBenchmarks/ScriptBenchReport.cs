using System.Globalization;
using System.Text.Json;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>The results of one `phasor bench script` run: the table, the JSON document and the targets of issue 4.</summary>
internal sealed record ScriptBenchReport(
    ScriptBenchOptions Options, string? NodeVersion, string? NodeNote, IReadOnlyList<WorkloadResult> Workloads, SyntaxThroughput? Syntax, CellLatency? Cell)
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>Whether a result cannot be trusted: Phasor failed a part, or an engine computed another checksum.</summary>
    public bool HasFailures =>
        Workloads.Any(w => !w.ChecksumsAgree) || Syntax?.Error is not null || Cell?.Error is not null;

    /// <summary>The targets of issue 4 section 6 that this run measured: what, the goal, the figure, met or not.</summary>
    public IEnumerable<(string Target, string Goal, double Value, bool Met)> Targets()
    {
        foreach (var w in Workloads.Where(w => w.Name is "fib" or "oo" or "array" && !double.IsNaN(w.RatioToJitless)))
        {
            var limit = w.Name == "fib" ? 1.2 : 1.5;
            yield return ($"{w.Name} / jitless (median wall)", Invariant($"<= {limit}x"), w.RatioToJitless, w.RatioToJitless <= limit);
            yield return ($"{w.Name} / jitless (best cpu)", Invariant($"<= {limit}x"), w.BestCpuRatioToJitless, w.BestCpuRatioToJitless <= limit);
        }

        if (Syntax is { Error: null } s)
        {
            yield return ("lexer MB/s (cpu)", ">= 300", s.LexCpuMegabytesPerSecond, s.LexCpuMegabytesPerSecond >= 300);
            yield return ("parser MB/s (cpu)", ">= 60", s.ParseCpuMegabytesPerSecond, s.ParseCpuMegabytesPerSecond >= 60);
        }

        if (Cell is { Error: null } c)
        {
            yield return ("cell median ms", "< 0.3", c.Median, c.Median < 0.3);
            yield return ("cell p95 ms", "< 1", c.P95, c.P95 < 1);
        }
    }

    /// <summary>Writes the human-readable table.</summary>
    public void WriteTable(TextWriter o)
    {
        if (Workloads.Count > 0)
        {
            o.WriteLine(Invariant($"Phasor Script workloads: wall ms per call of bench(), median of {Options.Rounds} rounds x {Options.Runs} calls after {Options.Warmups} warm-up calls"));
            o.WriteLine(NodeNote ?? $"Node {NodeVersion} in the same rounds; ratio = Phasor time / Node time (above 1: Phasor slower); best cpu: least process CPU time of a call");
            o.WriteLine($"{"workload",-10}{"phasor",10}{"jitless",10}{"node",10}{"/jitless",10}{"/node",9}{"best cpu /jitless",19}{"allocated",13}  checksum");
            foreach (var w in Workloads)
            {
                WriteWorkload(o, w);
            }
        }

        if (Syntax is { } s)
        {
            o.WriteLine(Invariant($"front end on a generated corpus of {s.Chars / 1e6:F2} MB (ASCII: UTF-8 bytes = UTF-16 chars), {s.Tokens:N0} tokens, median of {s.LexMilliseconds.Length} lexer passes and {s.ParseMilliseconds.Length} of each other stage:"));
            if (s.Error is not null)
            {
                o.WriteLine("  the corpus did not parse: " + s.Error);
            }
            else
            {
                o.WriteLine(Invariant($"  lexer {s.LexMegabytesPerSecond,8:F1} MB/s wall, {s.LexCpuMegabytesPerSecond,6:F1} MB/s by thread CPU time ({s.LexAllocatedBytes} B allocated by a warm pass)"));
                o.WriteLine(Invariant($"  parser {s.ParseMegabytesPerSecond,7:F1} MB/s wall, {s.ParseCpuMegabytesPerSecond,6:F1} MB/s by thread CPU time (lexing included)"));
                o.WriteLine(Invariant($"  bind + compile {s.CompileMegabytesPerSecond,5:F1} MB/s wall"));
            }
        }

        if (Cell is { } c)
        {
            o.WriteLine(c.Error is not null
                ? "cell failed: " + c.Error
                : Invariant($"cell ({c.Chars} chars, parse + bind + compile + run, warm engine, {c.Milliseconds.Length} evaluations): median {c.Median:F3} ms, p95 {c.P95:F3} ms, {c.AllocatedBytesPerCell / 1024.0:F1} KB allocated per cell; value {c.Value}"));
        }

        foreach (var (target, goal, value, met) in Targets())
        {
            o.WriteLine(Invariant($"target {target,-22} {goal,-8} {value,9:F2}  {(met ? "met" : "NOT met")}"));
        }
    }

    /// <summary>The JSON document (schema <c>phasor-bench-script/1</c>, described in docs/benchmarks.md).</summary>
    public string ToJson()
    {
        var document = new
        {
            schema = "phasor-bench-script/1",
            runs = Options.Runs,
            rounds = Options.Rounds,
            warmups = Options.Warmups,
            clock = "wall",
            machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
            node = NodeVersion,
            nodeNote = NodeNote,
            workloads = Workloads.Select(w => new
            {
                name = w.Name,
                phasor = Engine(w.Phasor),
                jitless = w.Jitless is null ? null : Engine(w.Jitless),
                node = w.Node is null ? null : Engine(w.Node),
                ratioToJitless = Round(w.RatioToJitless),
                ratioToNode = Round(w.RatioToNode),
                cpuRatioToJitless = Round(w.CpuRatioToJitless),
                bestCpuRatioToJitless = Round(w.BestCpuRatioToJitless),
                checksumsAgree = w.ChecksumsAgree,
            }),
            syntax = Syntax is not { } s ? null : new
            {
                chars = s.Chars,
                tokens = s.Tokens,
                unit = "MB/s = 10^6 source bytes (ASCII) per second",
                lexerMBps = Round(s.LexMegabytesPerSecond),
                parserMBps = Round(s.ParseMegabytesPerSecond),
                lexerCpuMBps = Round(s.LexCpuMegabytesPerSecond),
                parserCpuMBps = Round(s.ParseCpuMegabytesPerSecond),
                compileMBps = Round(s.CompileMegabytesPerSecond),
                lexMilliseconds = s.LexMilliseconds.Select(Round),
                parseMilliseconds = s.ParseMilliseconds.Select(Round),
                compileMilliseconds = s.CompileMilliseconds.Select(Round),
                lexAllocatedBytes = s.LexAllocatedBytes,
                error = s.Error,
            },
            cell = Cell is not { } c ? null : new
            {
                chars = c.Chars,
                evaluations = c.Milliseconds.Length,
                medianMilliseconds = Round(c.Median),
                p95Milliseconds = Round(c.P95),
                maxMilliseconds = Round(c.Milliseconds.DefaultIfEmpty(double.NaN).Max()),
                allocatedBytesPerCell = c.AllocatedBytesPerCell,
                value = c.Value,
                error = c.Error,
            },
            targets = Targets().Select(t => new { target = t.Target, goal = t.Goal, value = Round(t.Value), met = t.Met }),
        };
        return JsonSerializer.Serialize(document, s_indented);
    }

    private static void WriteWorkload(TextWriter o, WorkloadResult w)
    {
        if (w.Phasor.Error is not null)
        {
            o.WriteLine($"{w.Name,-10}failed: {w.Phasor.Error}");
            return;
        }

        var agreement = w.ChecksumsAgree ? "" : $"  MISMATCH: jitless {w.Jitless?.Checksum}, node {w.Node?.Checksum}";
        o.WriteLine(Invariant($"{w.Name,-10}{w.Phasor.Median,10:F1}{Ms(w.Jitless),10}{Ms(w.Node),10}{Ratio(w.RatioToJitless),10}{Ratio(w.RatioToNode),9}{Ratio(w.BestCpuRatioToJitless),19}{w.Phasor.AllocatedBytes,11} B  {w.Phasor.Checksum}{agreement}"));
        foreach (var (engine, times) in new[] { ("node --jitless", w.Jitless), ("node", w.Node) })
        {
            if (times?.Error is { } error)
            {
                o.WriteLine($"{"",-10}{engine} failed: {error}");
            }
        }
    }

    private static object? Engine(EngineTimes t) => new
    {
        medianMilliseconds = Round(t.Median),
        bestMilliseconds = Round(t.Best),
        milliseconds = t.Milliseconds.Select(Round),
        cpuMedianMilliseconds = Round(t.CpuMedian),
        cpuBestMilliseconds = Round(t.CpuMilliseconds.DefaultIfEmpty(double.NaN).Min()),
        cpuMilliseconds = t.CpuMilliseconds.Select(Round),
        checksum = t.Checksum,
        allocatedBytes = t.AllocatedBytes < 0 ? (long?)null : t.AllocatedBytes,
        error = t.Error,
    };

    private static string Ms(EngineTimes? t) => t is null || t.Error is not null ? "-" : Invariant($"{t.Median:F1}");

    private static string Ratio(double r) => double.IsNaN(r) ? "-" : Invariant($"{r:F2}x");

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
