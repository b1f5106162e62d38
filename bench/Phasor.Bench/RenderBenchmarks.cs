using BenchmarkDotNet.Attributes;
using Phasor.Audio;
using Phasor.Graph;
using Phasor.Graph.Execution;
using Phasor.Graph.Planning;

namespace Phasor.Bench;

/// <summary>
/// One 128-frame block of each example patch at 48 kHz on each backend. The allocation column
/// must read 0 B: the render path allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private IGraphKernel _kernel = null!;

    /// <summary>Which example to render.</summary>
    [Params("sine", "fm", "complex")]
    public string Example { get; set; } = "sine";

    /// <summary>Which backend runs it.</summary>
    [Params(BackendKind.Il, BackendKind.Reference)]
    public BackendKind Backend { get; set; } = BackendKind.Il;

    /// <summary>Loads and plans the example once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRoot(), "examples", Example + ".json");
        var result = PatchLoader.Load(File.ReadAllText(path), path);
        var plan = Planner.Plan(result.Patch ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics)), new PlanOptions(48000, 128));
        _kernel = Backends.Create(plan, Backend);
    }

    /// <summary>One block.</summary>
    [Benchmark]
    public void Block128() => _kernel.Process(128);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Phasor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
