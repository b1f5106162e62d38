using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Commands;

/// <summary>`phasor demo`: renders the built-in demo patch (examples/complex.json) to a WAV file.</summary>
public sealed class DemoCommand : ICommand
{
    private const double DemoSeconds = 12;

    /// <inheritdoc/>
    public string Name => "demo";

    /// <inheritdoc/>
    public string Summary => "Render the demo patch (8 voices, ladder filters, delay, reverb) to demo.wav";

    /// <inheritdoc/>
    public string Usage => "phasor demo [-o demo.wav] [--seconds 12] [--rate 48000] [--format s16|s24|f32] [--json]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        RenderSettings.Output with { Help = "WAV file to write (default demo.wav)" },
        RenderSettings.Seconds with { Help = "Length to render (default 12)" },
        RenderSettings.Rate,
        RenderSettings.Block,
        RenderSettings.Format,
        RenderSettings.Json,
        RenderSettings.Quiet,
        RenderSettings.Backend,
        RenderSettings.Realtime,
    ];

    /// <inheritdoc/>
    public int MaxPositional => 0;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var patch = PatchFiles.Parse(BuiltInExamples.Read("complex.json"), "complex.json");
        return RenderJob.Run(patch, args.Text("output") ?? "demo.wav", args, context, DemoSeconds);
    }
}
