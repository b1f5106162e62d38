using System.Text.Json;
using Phasor.Audio.Wav;

namespace Phasor.Cli.Tests;

public sealed class RenderCommandTests
{
    [Theory]
    [InlineData("s16", 16, false)]
    [InlineData("s24", 24, false)]
    [InlineData("f32", 32, true)]
    public void Render_WritesAWavFileInTheAskedFormat(string format, int bits, bool isFloat)
    {
        using var dir = new TempDir();
        var output = dir.File("sine.wav");

        var (exit, stdout, stderr) = CliRunner.Run("render", CliRunner.Example("sine.json"), "-o", output, "--seconds", "0.5", "--format", format, "--rate", "44100");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
        using var stream = File.OpenRead(output);
        var wav = WavFile.Read(stream);
        Assert.Equal((44100, 1, bits, isFloat), (wav.SampleRate, wav.Channels, wav.BitsPerSample, wav.IsFloat));
        Assert.Equal(22050, wav.Frames);
        Assert.InRange(wav.Samples.Max(), 0.499, 0.501);
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Render_Json_PrintsLevelsAndSpeed()
    {
        using var dir = new TempDir();

        var (exit, stdout, _) = CliRunner.Run("render", CliRunner.Example("complex.json"), "-o", dir.File("c.wav"), "--seconds", "1", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("channels").GetInt32());
        Assert.Equal(1.0, root.GetProperty("durationSeconds").GetDouble());
        Assert.All(root.GetProperty("peakDbfs").EnumerateArray(), p => Assert.InRange(p.GetDouble(), -40, 0));
        Assert.True(root.GetProperty("realtimeFactor").GetDouble() > 0);
        Assert.True(root.GetProperty("renderSeconds").GetDouble() > 0);
    }

    [Fact]
    public void Render_UnstablePatch_WarnsAboutItsNaNAndInfiniteSamples()
    {
        using var dir = new TempDir();
        var patch = dir.File("unstable.json");
        File.WriteAllText(patch, """
            { "nodes": [
                { "id": "osc", "type": "saw", "freq": 110 },
                { "id": "lp", "type": "ladder", "in": "osc", "cutoff": 1000, "q": 40, "saturate": 0 }
              ], "outputs": ["lp"] }
            """);

        var (exit, stdout, stderr) = CliRunner.Run("render", patch, "-o", dir.File("u.wav"), "--seconds", "2", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("samples were NaN or infinite", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("nonFiniteSamples")[0].GetInt64() > 0);
    }

    [Fact]
    public void Render_SamePatchTwice_GivesIdenticalBytes()
    {
        using var dir = new TempDir();
        CliRunner.Run("render", CliRunner.Example("fm.json"), "-o", dir.File("a.wav"), "--seconds", "1");
        CliRunner.Run("render", CliRunner.Example("fm.json"), "-o", dir.File("b.wav"), "--seconds", "1");

        Assert.Equal(File.ReadAllBytes(dir.File("a.wav")), File.ReadAllBytes(dir.File("b.wav")));
    }

    [Fact]
    public void Render_BadPatch_ExitsOneWithLocatedErrorsAndWritesNothing()
    {
        using var dir = new TempDir();
        var patch = dir.Write("bad.json", "{\n  \"nodes\": [\n    { \"id\": \"osc\", \"type\": \"sine\", \"freq\": -3 }\n  ],\n  \"outputs\": [\"osc\"]\n}\n");

        var (exit, stdout, stderr) = CliRunner.Run("render", patch, "-o", dir.File("out.wav"));

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("bad.json:3:44: error PH1017: osc.freq = -3 is out of range", stderr, StringComparison.Ordinal);
        Assert.Contains("    { \"id\": \"osc\", \"type\": \"sine\", \"freq\": -3 }", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.wav")));
    }

    [Fact]
    public void Render_MissingFile_ExitsOne()
    {
        var (exit, _, stderr) = CliRunner.Run("render", "/no/such/patch.json");

        Assert.Equal(1, exit);
        Assert.Equal("phasor: cannot read '/no/such/patch.json': no such directory\n", stderr);
    }

    [Fact]
    public void Render_UnwritableOutput_ExitsOne()
    {
        var (exit, _, stderr) = CliRunner.Run("render", CliRunner.Example("sine.json"), "-o", "/no/such/dir/out.wav", "--seconds", "0.1");

        Assert.Equal(1, exit);
        Assert.Contains("cannot write '/no/such/dir/out.wav'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rate", "22050", "--rate must be one of 44100, 48000, 96000")]
    [InlineData("--block", "0", "--block must be between 1 and 4096")]
    [InlineData("--block", "5000", "--block must be between 1 and 4096")]
    [InlineData("--seconds", "abc", "--seconds expects a number")]
    [InlineData("--format", "mp3", "--format must be one of s16, s24, f32")]
    public void Render_BadOption_ExitsOneAndSaysWhy(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("render", CliRunner.Example("sine.json"), option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_RendersTheComplexExample()
    {
        using var dir = new TempDir();

        var (exit, stdout, _) = CliRunner.Run("demo", "-o", dir.File("demo.wav"), "--seconds", "0.5");

        Assert.Equal(0, exit);
        Assert.Contains("2 ch", stdout, StringComparison.Ordinal);
        using var stream = File.OpenRead(dir.File("demo.wav"));
        Assert.Equal(2, WavFile.Read(stream).Channels);
    }
}
