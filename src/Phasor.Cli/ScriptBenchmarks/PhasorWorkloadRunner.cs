using System.Diagnostics;
using Phasor.Script.Hosting;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Times a workload in-process: one warm engine, the file evaluated once, then calls of <c>bench()</c>.</summary>
internal static class PhasorWorkloadRunner
{
    /// <summary>Evaluates <paramref name="source"/>, calls <c>bench()</c> <paramref name="warmups"/> times, then times <paramref name="runs"/> calls.</summary>
    /// <remarks>The call cell is compiled once, so each timing covers running <c>String(bench())</c> and nothing else.</remarks>
    public static EngineTimes Run(string name, string source, int warmups, int runs)
    {
        var engine = new ScriptEngine();
        var defined = engine.Evaluate(source, name + ".ts");
        if (!defined.Success)
        {
            return EngineTimes.Failed(defined.Error!);
        }

        var call = engine.Compile("String(bench())", name + "-call.ts", out var failure);
        if (call is null)
        {
            return EngineTimes.Failed(failure!.Error!);
        }

        ScriptResult result;
        for (var i = 0; i < warmups; i++)
        {
            result = engine.Run(call);
            if (!result.Success)
            {
                return EngineTimes.Failed(result.Error!);
            }
        }

        var times = new double[runs];
        var cpu = new double[runs];
        var leastAllocated = long.MaxValue;
        string? checksum = null;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            result = engine.Run(call);
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
