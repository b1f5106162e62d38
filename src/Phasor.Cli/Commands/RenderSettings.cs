using Phasor.Audio;
using Phasor.Audio.Wav;
using Phasor.Cli.CommandLine;
using Phasor.Graph.Planning;

namespace Phasor.Cli.Commands;

/// <summary>The render options shared by `render`, `demo` and `check`, with their defaults and limits.</summary>
internal static class RenderSettings
{
    public const double DefaultSeconds = 10;

    public static readonly OptionSpec Seconds = new("seconds", 's', "SECONDS", "Length to render (default 10)");
    public static readonly OptionSpec Rate = new("rate", 'r', "HZ", "Sample rate: 44100, 48000 or 96000 (default 48000)");
    public static readonly OptionSpec Block = new("block", 'b', "FRAMES", "Frames per block, 1 to 4096 (default 128)");
    public static readonly OptionSpec Format = new("format", 'f', "FORMAT", "Sample format: s16, s24 or f32 (default s24)");
    public static readonly OptionSpec Json = new("json", null, null, "Print a JSON summary (levels, render time, realtime factor) on stdout");
    public static readonly OptionSpec Output = new("output", 'o', "FILE", "WAV file to write");
    public static readonly OptionSpec Quiet = new("quiet", 'q', null, "No progress bar and no summary line");
    public static readonly OptionSpec Backend = new("backend", null, "NAME", "il (compiled, default) or reference (the interpreter)");
    public static readonly OptionSpec Realtime = new("realtime", null, null, "Time every block against its budget: average, p99 and max block time, CPU % of realtime, underruns");

    public static BackendKind BackendKind(ParsedArgs args) =>
        args.Choice("backend", "il", "il", "reference") == "il" ? Audio.BackendKind.Il : Audio.BackendKind.Reference;

    public static string Name(BackendKind kind) => kind == Audio.BackendKind.Il ? "il" : "reference";

    public static PlanOptions PlanOptions(ParsedArgs args)
    {
        var rate = args.Integer("rate", 48000, 1, 1_000_000);
        if (!Graph.Planning.PlanOptions.SupportedRates.Contains(rate))
        {
            throw new UsageException($"--rate must be one of {string.Join(", ", Graph.Planning.PlanOptions.SupportedRates)}, got {rate}");
        }

        return new PlanOptions(rate, args.Integer("block", 128, 1, Graph.Planning.PlanOptions.MaxBlockLimit));
    }

    public static WavSampleFormat SampleFormat(ParsedArgs args) => args.Choice("format", "s24", "s16", "s24", "f32") switch
    {
        "s16" => WavSampleFormat.Pcm16,
        "f32" => WavSampleFormat.Float32,
        _ => WavSampleFormat.Pcm24,
    };
}
