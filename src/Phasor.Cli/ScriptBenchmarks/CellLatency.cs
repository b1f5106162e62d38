using System.Diagnostics;
using Phasor.Script.Hosting;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Latency of a live-coding cell: parse, bind, compile and run of bench/script/cell.ts in a warm engine.</summary>
/// <param name="Chars">The cell's size in characters.</param>
/// <param name="Milliseconds">One entry per timed evaluation.</param>
/// <param name="AllocatedBytesPerCell">Bytes allocated per evaluation, averaged over the timed ones.</param>
/// <param name="Value">The cell's completion value, shown so a broken cell is seen.</param>
/// <param name="Error">Why the cell failed, or null.</param>
internal sealed record CellLatency(int Chars, double[] Milliseconds, long AllocatedBytesPerCell, string? Value, string? Error)
{
    /// <summary>The median evaluation time.</summary>
    public double Median => Timings.Median(Milliseconds);

    /// <summary>The 95th percentile evaluation time.</summary>
    public double P95 => Timings.Percentile(Milliseconds, 0.95);

    /// <summary>Evaluates the prelude once, the cell <paramref name="warmups"/> times untimed, then <paramref name="evaluations"/> times timed.</summary>
    /// <remarks>Each evaluation goes through the public <see cref="ScriptEngine.Evaluate"/>, as a notebook or REPL would.</remarks>
    public static CellLatency Measure(int warmups, int evaluations)
    {
        var cell = ScriptWorkloads.Read("cell");
        // The cell is evaluated again and again in one engine, as a notebook re-runs a cell.
        var engine = new ScriptEngine { AllowRedeclaration = true };
        engine.RegisterFunction("midi", args => 440 * Math.Pow(2, ((args.Length > 0 && args[0] is double note ? note : 69) - 69) / 12));
        var prelude = engine.Evaluate(ScriptWorkloads.Read("cell-prelude"), "cell-prelude.ts");
        if (!prelude.Success)
        {
            return new(cell.Length, [], 0, null, prelude.Error);
        }

        ScriptResult result = prelude;
        for (var i = 0; i < warmups; i++)
        {
            result = engine.Evaluate(cell, "cell.ts");
            if (!result.Success)
            {
                return new(cell.Length, [], 0, null, result.Error);
            }
        }

        var times = new double[evaluations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < evaluations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = engine.Evaluate(cell, "cell.ts");
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Math.Max(1, evaluations);
        return new(cell.Length, times, allocated, result.ValueText, result.Error);
    }
}
