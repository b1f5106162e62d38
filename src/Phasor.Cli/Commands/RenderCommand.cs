using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Commands;

/// <summary>`phasor render PATCH.json -o OUT.wav`: offline render to a WAV file.</summary>
public sealed class RenderCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "render";

    /// <inheritdoc/>
    public string Summary => "Render a patch to a WAV file, faster than realtime";

    /// <inheritdoc/>
    public string Usage => "phasor render PATCH.json [-o OUT.wav] [--seconds 10] [--rate 48000] [--block 128] [--format s16|s24|f32] [--backend il|reference] [--realtime] [--json]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        RenderSettings.Output with { Help = "WAV file to write (default: the patch name with .wav)" },
        RenderSettings.Seconds,
        RenderSettings.Rate,
        RenderSettings.Block,
        RenderSettings.Format,
        RenderSettings.Json,
        RenderSettings.Quiet,
        RenderSettings.Backend,
        RenderSettings.Realtime,
    ];

    /// <inheritdoc/>
    public int MaxPositional => 1;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var path = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException("missing PATCH.json; usage: " + Usage);
        var patch = PatchFiles.Load(path);
        var output = args.Text("output") ?? Path.ChangeExtension(path, ".wav");
        return RenderJob.Run(patch, output, args, context, RenderSettings.DefaultSeconds);
    }
}
