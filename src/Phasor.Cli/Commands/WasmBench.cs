using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Phasor.Audio.Bench;
using Phasor.Cli.CommandLine;
using Phasor.Wasm;
using Phasor.Wasm.Runtime;

namespace Phasor.Cli.Commands;

/// <summary>
/// `phasor bench wasm`: the six Wasm peer benchmarks (<c>../shared/peers/wasm</c>) run in-process on the interpreter
/// tier: median thread CPU time after a warm-up run, compile-and-instantiate time, and, when Node is installed, V8's
/// figures from <c>run-node.sh</c> in the same run with the Phasor/V8 ratio of each and their geometric mean.
/// </summary>
internal static class WasmBench
{
    private static readonly Benchmark[] s_benchmarks =
    [
        new("fib", "fib_bench", [20, 10000], 10946),
        new("tak", "tak_bench", [18, 12, 6, 10000], 12),
        new("arith2", "arith2_bench", [1000000, 10], 1395012954),
        new("sieve", "sieve_bench", [65536, 100], 6542),
        new("fib_loop", "fib_loop_bench", [25, 1000000], 121393),
        new("gcd", "gcd_bench", [1000000, 700000, 1000000], 29152780),
    ];

    /// <summary>Runs the suite; returns the exit code (internal error if a benchmark computes a wrong result).</summary>
    public static int Run(ParsedArgs args, CliContext context)
    {
        var directory = PeersDirectory(args.Text("peers"));
        var runs = args.Integer("runs", 5, 1, 101);
        var bytes = File.ReadAllBytes(Path.Combine(directory, "prebuilt", "bench_lib.wasm"));
        var v8 = RunNode(directory, runs, context);
        // The first compile includes JIT-compiling the engine itself; the second is what a host pays per module.
        var engine = new WasmEngine();
        var coldMs = Milliseconds(() => engine.Compile(bytes));
        CompiledModule? module = null;
        var compileMs = Milliseconds(() => module = engine.Compile(bytes));
        Instance? instance = null;
        var coldInstantiateMs = Milliseconds(() => new Store(engine).Instantiate(module!));
        var instantiateMs = Milliseconds(() => instance = new Store(engine).Instantiate(module!));
        var clockName = ThreadCpuClock.IsCpuTime ? "thread CPU" : "wall";
        context.Out.WriteLine(Invariant(
            $"interpreter tier, {bytes.Length} B module: compile {compileMs:F2} ms ({coldMs:F1} ms cold), instantiate {instantiateMs:F2} ms ({coldInstantiateMs:F1} ms cold)"));
        context.Out.WriteLine(Invariant($"median of {runs} runs after one warm-up, {clockName} ms"));
        context.Out.WriteLine($"{"bench",-10}{"phasor ms",12}{"wall ms",10}{"first ms",10}{"V8 ms",10}{"ratio",9}");
        var ratios = new List<double>();
        var wrong = false;
        foreach (var bench in s_benchmarks)
        {
            var (cpu, wall, first, result) = Measure(instance!.GetFunction(bench.Export)!, bench, runs);
            wrong |= result != bench.Expected;
            var line = Invariant($"{bench.Name,-10}{cpu,12:F1}{wall,10:F1}{first,10:F1}");
            if (v8.TryGetValue(bench.Name, out var node) && node > 0)
            {
                ratios.Add(cpu / node);
                line += Invariant($"{node,10:F1}{cpu / node,8:F1}x");
            }

            context.Out.WriteLine(line + (result != bench.Expected ? $"  WRONG RESULT {result}, expected {bench.Expected}" : ""));
        }

        if (ratios.Count > 0)
        {
            var geomean = Math.Exp(ratios.Average(Math.Log));
            context.Out.WriteLine(Invariant($"geometric mean of Phasor/V8 (CPU time): {geomean:F2}x over {ratios.Count} benchmarks"));
        }
        else
        {
            context.Out.WriteLine("V8 figures: node not found or run-node.sh failed; ratios not computed");
        }

        return wrong ? ExitCodes.InternalError : ExitCodes.Ok;
    }

    private static (double Cpu, double Wall, double First, long Result) Measure(FunctionInstance function, Benchmark bench, int runs)
    {
        var args = bench.Args.Select(Value.FromI32).ToArray();
        var start = Stopwatch.GetTimestamp();
        var result = function.Invoke(args)[0].AsI32();
        var first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var cpu = new double[runs];
        var wall = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var cpu0 = ThreadCpuClock.Now();
            start = Stopwatch.GetTimestamp();
            result = function.Invoke(args)[0].AsI32();
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Now() - cpu0).TotalMilliseconds;
        }

        return (Median(cpu), Median(wall), first, result);
    }

    /// <summary>Runs V8 on the same module through the peers' script; returns CPU medians by benchmark (empty without Node).</summary>
    private static Dictionary<string, double> RunNode(string directory, int runs, CliContext context)
    {
        var medians = new Dictionary<string, double>();
        var script = Path.Combine(directory, "run-node.sh");
        if (!File.Exists(script))
        {
            return medians;
        }

        try
        {
            var start = new ProcessStartInfo("bash", [script, "all", runs.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                medians[root.GetProperty("bench").GetString()!] = root.GetProperty("cpu_median_ms").GetDouble();
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or InvalidOperationException)
        {
            context.Err.WriteLine($"phasor: V8 figures unavailable: {e.Message}");
        }

        return medians;
    }

    /// <summary>
    /// Finds the peers directory: the option, else <c>peers/wasm</c> in the shared folder named by <c>PHASOR_SHARED</c>
    /// (as <c>.ci/run</c> sets it for a clone), else <c>shared/peers/wasm</c> beside the working directory or an ancestor.
    /// </summary>
    private static string PeersDirectory(string? option)
    {
        if (option is not null)
        {
            return File.Exists(Path.Combine(option, "prebuilt", "bench_lib.wasm"))
                ? option
                : throw new UsageException($"'{option}' has no prebuilt/bench_lib.wasm");
        }

        if (Environment.GetEnvironmentVariable("PHASOR_SHARED") is { Length: > 0 } shared
            && File.Exists(Path.Combine(shared, "peers", "wasm", "prebuilt", "bench_lib.wasm")))
        {
            return Path.Combine(shared, "peers", "wasm");
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "peers", "wasm");
            if (File.Exists(Path.Combine(candidate, "prebuilt", "bench_lib.wasm")))
            {
                return candidate;
            }
        }

        throw new UsageException("cannot find shared/peers/wasm above the working directory; pass --peers DIR");
    }

    private static double Milliseconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Benchmark(string Name, string Export, int[] Args, long Expected);
}
