using Phasor.Cli.CommandLine;
using Phasor.Graph.Planning;

namespace Phasor.Cli.Commands;

/// <summary>`phasor check PATCH.json [--plan]`: validate a patch and optionally show its plan.</summary>
public sealed class CheckCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "check";

    /// <inheritdoc/>
    public string Summary => "Validate a patch; print every error with file:line:col";

    /// <inheritdoc/>
    public string Usage => "phasor check PATCH.json [--plan]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("plan", null, null, "Also print the execution plan: order, feedback groups, buffers, state size"),
        new("rate", 'r', "HZ", "Sample rate to plan for (default 48000)"),
        new("block", 'b', "FRAMES", "Block size to plan for, 1 to 4096 (default 128)"),
    ];

    /// <inheritdoc/>
    public int MaxPositional => 1;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var path = args.Positional.Count > 0 ? args.Positional[0] : throw new UsageException("missing PATCH.json; usage: " + Usage);
        var patch = PatchFiles.Load(path);
        var plan = PatchFiles.Plan(patch, RenderSettings.PlanOptions(args));
        context.Out.WriteLine($"{path}: ok ({patch.Nodes.Length} nodes, {patch.Channels} channel{(patch.Channels == 1 ? "" : "s")})");
        if (args.Has("plan"))
        {
            context.Out.Write(PlanText.Describe(plan));
        }

        return ExitCodes.Ok;
    }
}
