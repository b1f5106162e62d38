using Phasor.Script.Hosting;
using Phasor.Script.Vm;

namespace Phasor.Script.Tests.Vm;

/// <summary>
/// A process starts in the precompiled dispatch loop and moves running loops to the JIT-compiled one once it is ready,
/// at an instruction boundary, without a script noticing: loops, nested callbacks from built-ins, exceptions in flight.
/// </summary>
[Collection(nameof(DispatchCopyTests))]
public sealed class DispatchCopyTests
{
    private const string Workload = """
        (() => {
        function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        let total = 0;
        for (let round = 0; round < 40; round++) {
          try {
            total += [1, 2, 3].map(x => fib(12 + x)).reduce((a, b) => a + b, 0);
            if (round % 7 === 3) throw new Error('round ' + round);
          } catch (e) {
            total += (e as Error).message.length;
          } finally {
            total += 1;
          }
        }
        return total;
        })()
        """;

    [Fact]
    public void RunningLoops_MoveToTheHotCopy_AndComputeTheSame()
    {
        DispatchCopy.Cool();
        var before = DispatchCopy.HandOvers;
        var engine = new ScriptEngine();

        // The hot copy compiles on a pool thread while the first runs go on in the startup copy. When the pool is slow
        // to run it, it can be ready only between two runs, and the next run rightly starts in it with nothing to hand
        // over; the process is then cooled again until the copy lands while a loop runs.
        double? first = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DispatchCopy.HandOvers == before && DateTime.UtcNow < deadline)
        {
            if (DispatchCopy.Hot is not null)
            {
                DispatchCopy.Cool();
                engine = new ScriptEngine();
            }

            var result = engine.Evaluate(Workload, "w.ts");
            Assert.True(result.Success, result.Error);
            first ??= (double)result.Value!;
            Assert.Equal(first, (double)result.Value!);
        }

        Assert.True(DispatchCopy.HandOvers > before, "no loop moved to the hot copy within 30 s");
        Assert.NotNull(DispatchCopy.Hot);
        Assert.Equal(first, (double)new ScriptEngine().Evaluate(Workload, "w.ts").Value!);
    }

    [Fact]
    public void ShortScripts_NeverLeaveTheStartupCopy()
    {
        DispatchCopy.Cool();

        var result = new ScriptEngine().Evaluate("let s = 0; for (let i = 0; i < 100; i++) s += i; s", "short.ts");

        Assert.Equal(4950.0, result.Value);
        Assert.Null(DispatchCopy.Hot);
    }
}

/// <summary>The dispatch copy is process-wide: these tests run alone.</summary>
[CollectionDefinition(nameof(DispatchCopyTests), DisableParallelization = true)]
public sealed class DispatchCopyRunsAlone;
