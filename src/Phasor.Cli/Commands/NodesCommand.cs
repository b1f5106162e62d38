using Phasor.Cli.CommandLine;
using Phasor.Graph.Catalogue;

namespace Phasor.Cli.Commands;

/// <summary>`phasor nodes [TYPE] [--markdown]`: the node catalogue.</summary>
public sealed class NodesCommand : ICommand
{
    /// <inheritdoc/>
    public string Name => "nodes";

    /// <inheritdoc/>
    public string Summary => "List node types, or show one type's ports and parameters";

    /// <inheritdoc/>
    public string Usage => "phasor nodes [TYPE] [--markdown]";

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("markdown", null, null, "Print the whole catalogue as Markdown (this is docs/nodes.md)"),
    ];

    /// <inheritdoc/>
    public int MaxPositional => 1;

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        var catalogue = NodeCatalogue.Default;
        if (args.Has("markdown"))
        {
            context.Out.Write(CatalogueText.Markdown(catalogue));
            return ExitCodes.Ok;
        }

        if (args.Positional.Count == 0)
        {
            context.Out.Write(CatalogueText.List(catalogue));
            return ExitCodes.Ok;
        }

        var type = args.Positional[0];
        var kernel = catalogue.Find(type);
        if (kernel is null)
        {
            var hint = NodeCatalogue.Suggest(type, catalogue.Kernels.Select(k => k.Spec.Type)) is { } s ? $"; did you mean '{s}'?" : "; run 'phasor nodes' for the list";
            throw new UsageException($"unknown node type '{type}'{hint}");
        }

        context.Out.Write(CatalogueText.Detail(kernel.Spec));
        return ExitCodes.Ok;
    }
}
