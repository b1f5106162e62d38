using Phasor.Cli.CommandLine;

namespace Phasor.Cli.Commands;

/// <summary>
/// `phasor wasm ACTION MODULE.wasm`: WebAssembly modules. The first positional argument picks the action from
/// <see cref="s_actions"/>; an action added later (run) adds a row there and its options to <see cref="Options"/>.
/// </summary>
public sealed class WasmCommand : ICommand
{
    private static readonly Dictionary<string, WasmAction> s_actions = new(StringComparer.Ordinal)
    {
        ["validate"] = new("phasor wasm validate MODULE.wasm", 1, WasmModuleFile.Validate),
        ["inspect"] = new("phasor wasm inspect MODULE.wasm", 1, WasmModuleFile.Inspect),
        ["run"] = new(WasmRun.Usage, 4096, WasmRun.Run),
    };

    /// <inheritdoc/>
    public string Name => "wasm";

    /// <inheritdoc/>
    public string Summary => "Run, validate or inspect a WebAssembly module";

    /// <inheritdoc/>
    public string Usage => string.Join("\n       ", s_actions.Values.Select(a => a.Usage));

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } = [.. WasmRun.Options];

    /// <inheritdoc/>
    public int MaxPositional => 1 + s_actions.Values.Max(a => a.MaxArguments);

    /// <inheritdoc/>
    public int Run(ParsedArgs args, CliContext context)
    {
        if (args.Positional.Count == 0)
        {
            throw new UsageException($"missing action ({string.Join(", ", s_actions.Keys)}); usage: {Usage}");
        }

        var name = args.Positional[0];
        if (!s_actions.TryGetValue(name, out var action))
        {
            var hint = Graph.Catalogue.NodeCatalogue.Suggest(name, s_actions.Keys) is { } s ? $"; did you mean '{s}'?" : "";
            throw new UsageException($"unknown wasm action '{name}'{hint}; actions: {string.Join(", ", s_actions.Keys)}");
        }

        var arguments = args.Positional.Skip(1).ToArray();
        if (arguments.Length == 0)
        {
            throw new UsageException($"missing MODULE.wasm; usage: {action.Usage}");
        }

        if (arguments.Length > action.MaxArguments)
        {
            throw new UsageException($"unexpected argument '{arguments[action.MaxArguments]}'; usage: {action.Usage}");
        }

        return action.Run(arguments, args, context);
    }

    /// <summary>One action of the verb.</summary>
    /// <param name="Usage">Its synopsis.</param>
    /// <param name="MaxArguments">Most positional arguments after the action's name.</param>
    /// <param name="Run">Runs it on those arguments; returns the exit code.</param>
    private sealed record WasmAction(string Usage, int MaxArguments, Func<string[], ParsedArgs, CliContext, int> Run);
}
