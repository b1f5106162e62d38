using System.Text.Json;

namespace Phasor.Cli.Tests;

public sealed class ScriptBenchTests
{
    [Fact]
    public void BenchScript_PhasorOnly_ReportsChecksumTimesAndCellLatency()
    {
        var (exit, stdout, _) = CliRunner.Run("bench", "script", "--only", "fib,cell", "--runs", "2", "--rounds", "2", "--warmup", "0", "--node", "none", "--json", "-");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("phasor-bench-script/1", root.GetProperty("schema").GetString());
        Assert.Contains("Phasor only", root.GetProperty("nodeNote").GetString(), StringComparison.Ordinal);
        var fib = root.GetProperty("workloads")[0];
        Assert.Equal("fib", fib.GetProperty("name").GetString());
        Assert.Equal("832040", fib.GetProperty("phasor").GetProperty("checksum").GetString());
        Assert.Equal(4, fib.GetProperty("phasor").GetProperty("milliseconds").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, fib.GetProperty("jitless").ValueKind);
        var cell = root.GetProperty("cell");
        Assert.Equal(1000, cell.GetProperty("evaluations").GetInt32());
        Assert.Equal("1615", cell.GetProperty("value").GetString());
        Assert.True(cell.GetProperty("p95Milliseconds").GetDouble() >= cell.GetProperty("medianMilliseconds").GetDouble());
    }

    [Fact]
    public void BenchScript_WithNode_ComparesTheSameChecksum()
    {
        var (exit, stdout, _) = CliRunner.Run("bench", "script", "--only", "closure", "--runs", "1", "--rounds", "1", "--warmup", "0");

        Assert.Equal(0, exit);
        Assert.Contains("closure", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("MISMATCH", stdout, StringComparison.Ordinal);
        if (!stdout.Contains("Phasor only", StringComparison.Ordinal))
        {
            // Node ran: both of its modes must have produced a ratio.
            Assert.Matches(@"closure\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+x\s+[0-9.]+x", stdout);
        }
    }

    [Fact]
    public void BenchScript_UnknownPart_IsAUserError()
    {
        var (exit, _, stderr) = CliRunner.Run("bench", "script", "--only", "fib,quicksort");

        Assert.Equal(1, exit);
        Assert.Contains("unknown script bench part 'quicksort'", stderr, StringComparison.Ordinal);
    }
}
