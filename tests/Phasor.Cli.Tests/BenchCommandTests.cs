using System.Text.Json;

namespace Phasor.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_Json_ReportsEveryMeasureAndNoAllocation()
    {
        using var dir = new TempDir();
        var path = dir.File("bench.json");

        var (exit, stdout, _) = CliRunner.Run("bench", "fm", "--seconds", "0.5", "--runs", "3", "--json", path);

        Assert.Equal(0, exit);
        Assert.Contains("fm", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("phasor-bench/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("il", json.RootElement.GetProperty("backend").GetString());
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal("fm", result.GetProperty("fixture").GetString());
        Assert.Equal(3, result.GetProperty("cpuSeconds").GetArrayLength());
        Assert.True(result.GetProperty("realtimeFactor").GetDouble() > 1);
        Assert.True(result.GetProperty("compileMilliseconds").GetDouble() > 0);
        Assert.Equal(0, result.GetProperty("allocatedBytes").GetInt64());
    }

    [Fact]
    public void Bench_APatchFile_IsMeasured()
    {
        var (exit, stdout, _) = CliRunner.Run("bench", CliRunner.Example("sine.json"), "--seconds", "0.2", "--runs", "1", "--backend", "reference");

        Assert.Equal(0, exit);
        Assert.Contains("backend reference", stdout, StringComparison.Ordinal);
        Assert.Contains("sine.json", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_UnknownFixture_IsAUserError()
    {
        var (exit, _, stderr) = CliRunner.Run("bench", "organ");

        Assert.Equal(1, exit);
        Assert.Contains("unknown fixture 'organ'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Realtime_ReportsBlockTimesAgainstTheBudget()
    {
        using var dir = new TempDir();

        var (exit, stdout, _) = CliRunner.Run("render", CliRunner.Example("complex.json"), "-o", dir.File("c.wav"), "--seconds", "1", "--realtime", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var realtime = json.RootElement.GetProperty("realtime");
        Assert.Equal(375, realtime.GetProperty("blocks").GetInt64());
        Assert.Equal(2666.667, realtime.GetProperty("budgetMicroseconds").GetDouble(), 3);
        Assert.True(realtime.GetProperty("averageMicroseconds").GetDouble() > 0);
        Assert.True(realtime.GetProperty("p99Microseconds").GetDouble() >= realtime.GetProperty("averageMicroseconds").GetDouble() * 0.5);
        Assert.True(realtime.GetProperty("maxMicroseconds").GetDouble() >= realtime.GetProperty("p99Microseconds").GetDouble() - 1);
        Assert.True(realtime.GetProperty("cpuPercent").GetDouble() > 0);
        Assert.True(realtime.GetProperty("underruns").GetInt64() >= 0);
    }

    [Fact]
    public void Render_Realtime_PrintsAVerdict()
    {
        using var dir = new TempDir();

        var (exit, stdout, _) = CliRunner.Run("render", CliRunner.Example("sine.json"), "-o", dir.File("s.wav"), "--seconds", "1", "--realtime");

        Assert.Equal(0, exit);
        Assert.Contains("realtime: 128-frame blocks, budget 2667 us; average", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("il")]
    [InlineData("reference")]
    public void Render_BothBackends_WriteTheSameAudio(string backend)
    {
        using var dir = new TempDir();
        CliRunner.Run("render", CliRunner.Example("fm.json"), "-o", dir.File("il.wav"), "--seconds", "0.5", "--format", "f32");

        var (exit, _, _) = CliRunner.Run("render", CliRunner.Example("fm.json"), "-o", dir.File("other.wav"), "--seconds", "0.5", "--format", "f32", "--backend", backend);

        Assert.Equal(0, exit);
        using var a = File.OpenRead(dir.File("il.wav"));
        using var b = File.OpenRead(dir.File("other.wav"));
        var x = Phasor.Audio.Wav.WavFile.Read(a).Samples;
        var y = Phasor.Audio.Wav.WavFile.Read(b).Samples;
        Assert.Equal(x.Length, y.Length);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(x[i], y[i], 1e-5f);
        }
    }
}
