using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>
/// The peers' benchmark command (shared/peers/wasm/prebuilt/bench.wasm, clang + wasi-libc) runs under WASI and
/// prints the results its README lists. Read from shared/ at test time; its absence is a failure, not a skip.
/// </summary>
/// <remarks>
/// Each <c>NAME_bench(n, iters)</c> but gcd computes <c>r = NAME(n + (r &amp; 1))</c> <c>iters</c> times, so its input
/// depends only on the parity of the last result: the parities follow a map of {0, 1} to itself, which repeats with
/// period at most 2 from the first result on, so every even count of at least 2 gives the result of 2 iterations.
/// The README's counts are all even, so this test runs 2 (the README's 10000 recursive fibs alone would take the
/// interpreter seconds); gcd sums over all its iterations and runs the README's full count.
/// </remarks>
public sealed partial class BenchProgramTests
{
    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, iterations, result) in ReadmeRows())
        {
            data.Add(name, iterations, result);
        }

        return data;
    }

    [Fact]
    public void TheReadmeListsSixBenchmarks() => Assert.Equal(6, ReadmeRows().Count);

    [Theory]
    [MemberData(nameof(Rows))]
    public void PrintsTheReadmesResult(string name, string iterations, string result)
    {
        var count = name == "gcd" ? iterations : "2";
        Assert.True(name == "gcd" || int.Parse(iterations, CultureInfo.InvariantCulture) % 2 == 0, "the 2-iteration shortcut needs an even count");
        var stdout = new MemoryStream();
        var bytes = File.ReadAllBytes(Path.Combine(PeersFolder(), "prebuilt", "bench.wasm"));

        var exitCode = WasiPrograms.Run(bytes, new WasiConfiguration { Arguments = ["bench.wasm", name, count], StandardOutput = stdout });

        Assert.Equal(0, exitCode);
        Assert.Equal($"{name} iters={count} result={result}\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }

    /// <summary>The README's table rows: "| `fib_bench(20, 10000)` | ... | 10946 |" as (name, iterations, result).</summary>
    private static List<(string Name, string Iterations, string Result)> ReadmeRows() =>
        [.. ReadmeRow().Matches(File.ReadAllText(Path.Combine(PeersFolder(), "README.md")))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))];

    /// <summary>Finds shared/peers/wasm beside the project root (a worktree may sit deeper); fails loudly without it.</summary>
    private static string PeersFolder()
    {
        if (SharedFolder.Find(Path.Combine("peers", "wasm"), Path.Combine("prebuilt", "bench.wasm")) is { } found)
        {
            return found;
        }

        throw new InvalidOperationException("shared/peers/wasm/prebuilt/bench.wasm (beside the project root, or under PHASOR_SHARED) was not found");
    }

    [GeneratedRegex(@"^\| `(\w+)_bench\([^)]*?(\d+)\)` \|.*\| (-?\d+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
