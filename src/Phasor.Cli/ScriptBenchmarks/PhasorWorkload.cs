using System.Diagnostics;
using Phasor.Script.Compiling;
using Phasor.Script.Hosting;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>A workload loaded in one warm engine: the file evaluated once, then timed calls of <c>bench()</c>.</summary>
/// <remarks>The call cell is compiled once, so each timing covers running <c>String(bench())</c> and nothing else.</remarks>
internal sealed class PhasorWorkload
{
    private readonly ScriptEngine _engine;
    private readonly Chunk _call;

    private PhasorWorkload(ScriptEngine engine, Chunk call)
    {
        _engine = engine;
        _call = call;
    }

    /// <summary>Evaluates <paramref name="source"/> and calls <c>bench()</c> <paramref name="warmups"/> times; null with the error when it fails.</summary>
    public static PhasorWorkload? Load(string name, string source, int warmups, out string? error)
    {
        var engine = new ScriptEngine();
        var defined = engine.Evaluate(source, name + ".ts");
        if (!defined.Success)
        {
            error = defined.Error;
            return null;
        }

        var call = engine.Compile("String(bench())", name + "-call.ts", out var failure);
        if (call is null)
        {
            error = failure!.Error;
            return null;
        }

        error = null;

        for (var i = 0; i < warmups; i++)
        {
            var result = engine.Run(call);
            if (!result.Success)
            {
                error = result.Error;
                return null;
            }
        }

        return new PhasorWorkload(engine, call);
    }

    /// <summary>Times <paramref name="runs"/> calls: wall and process CPU time of each, and the least any allocated.</summary>
    public EngineTimes Time(int runs)
    {
        var times = new double[runs];
        var cpu = new double[runs];
        var leastAllocated = long.MaxValue;
        string? checksum = null;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            var result = _engine.Run(_call);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds;
            leastAllocated = Math.Min(leastAllocated, GC.GetAllocatedBytesForCurrentThread() - before);
            if (!result.Success)
            {
                return EngineTimes.Failed(result.Error!);
            }

            checksum = result.Value as string;
        }

        return new EngineTimes(times, cpu, checksum, null, leastAllocated);
    }
}
