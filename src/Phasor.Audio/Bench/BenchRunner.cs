using System.Diagnostics;
using Phasor.Graph.Execution;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Audio.Bench;

/// <summary>
/// Measures a patch the way `phasor bench` reports it: build once to warm up the compiler, build again with
/// no compiled unit cached and time it, then the same in the background tiering until it can play (the quick
/// tier), build once more (every unit cached) and time that, render a warm-up, then time several renders by
/// render-thread CPU time.
/// </summary>
public static class BenchRunner
{
    /// <summary>Sample rate of every benchmark.</summary>
    public const double SampleRate = 48000;

    /// <summary>Frames per block of every benchmark.</summary>
    public const int BlockSize = 128;

    /// <summary>Measures <paramref name="patch"/>; <paramref name="runs"/> timed renders of <paramref name="seconds"/> each.</summary>
    public static BenchResult Run(string fixture, Patch patch, BackendKind backend, double seconds, int runs = 5)
    {
        var options = new PlanOptions(SampleRate, BlockSize);

        // Warm-up, as an earlier evaluation in a live session would be: the compiler's own code and the node types'
        // shared quick-tier loops are compiled once per process, not per patch.
        if (backend == BackendKind.Il)
        {
            new Compile.Il.IlBackend(Planner.Plan(patch, options), tiering: Compile.Il.Tiering.Background).WaitCompiled();
        }
        else
        {
            Backends.Create(Planner.Plan(patch, options), backend);
        }

        Compile.Il.IlBackend.ForgetCompiledUnits();
        var clock = Stopwatch.StartNew();
        Backends.Create(Planner.Plan(patch, options), backend);
        var compile = clock.Elapsed.TotalMilliseconds;
        var playable = compile;
        if (backend == BackendKind.Il)
        {
            Compile.Il.IlBackend.ForgetCompiledUnits();
            clock.Restart();
            var tiered = new Compile.Il.IlBackend(Planner.Plan(patch, options), tiering: Compile.Il.Tiering.Background);
            playable = clock.Elapsed.TotalMilliseconds;
            tiered.WaitCompiled();
        }

        clock.Restart();
        var kernel = Backends.Create(Planner.Plan(patch, options), backend);
        var cached = clock.Elapsed.TotalMilliseconds;

        var blocks = (long)Math.Round(seconds * SampleRate / BlockSize);
        Render(kernel, Math.Max(blocks / 10, (long)(SampleRate / BlockSize)));
        var cpu = new double[runs];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < runs; r++)
        {
            var start = ThreadCpuClock.Now();
            Render(kernel, blocks);
            cpu[r] = (ThreadCpuClock.Now() - start).TotalSeconds;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new BenchResult(fixture, backend == BackendKind.Il ? "il" : "reference", blocks * BlockSize / SampleRate, compile, cpu, allocated, BlockSize, SampleRate, cached, playable);
    }

    private static void Render(IGraphKernel kernel, long blocks)
    {
        for (long b = 0; b < blocks; b++)
        {
            kernel.Process(BlockSize);
        }
    }
}
