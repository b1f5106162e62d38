using System.Reflection;
using System.Text;
using Phasor.Cli.CommandLine;
using Phasor.Cli.Commands;

namespace Phasor.Cli;

/// <summary>The `phasor` command: dispatches verbs and maps outcomes to exit codes.</summary>
public static class Cli
{
    private static readonly OptionSpec s_help = new("help", 'h', null, "Show this help");

    /// <summary>The verbs, in the order help lists them.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
        [new DemoCommand(), new RenderCommand(), new CheckCommand(), new NodesCommand(), new BenchCommand(), new RunCommand(), new ReplCommand(), new WasmCommand()];

    /// <summary>
    /// Runs `phasor` with <paramref name="args"/>. User errors print one message on stderr and return 1;
    /// bugs print "internal error" and return 2 (the stack trace only with PHASOR_DEBUG=1).
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        try
        {
            return Dispatch(args, context);
        }
        catch (UsageException e)
        {
            context.Err.WriteLine(e.IsReport ? e.Message : $"phasor: {e.Message}");
            return ExitCodes.UserError;
        }
#pragma warning disable CA1031 // The composition root turns every unexpected failure into exit code 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Err.WriteLine($"phasor: internal error: {e.Message}");
            context.Err.WriteLine(Environment.GetEnvironmentVariable("PHASOR_DEBUG") == "1"
                ? e.ToString()
                : "This is a bug in Phasor; rerun with PHASOR_DEBUG=1 for details and report it.");
            return ExitCodes.InternalError;
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help" && args.Length == 1)
        {
            context.Out.Write(GeneralHelp());
            return args.Length == 0 ? ExitCodes.UserError : ExitCodes.Ok;
        }

        if (args[0] is "--version" or "-V")
        {
            context.Out.WriteLine($"phasor {Version()}");
            return ExitCodes.Ok;
        }

        var verb = args[0] == "help" ? args[1] : args[0];
        var command = Commands.FirstOrDefault(c => c.Name == verb);
        if (command is null)
        {
            var hint = Graph.Catalogue.NodeCatalogue.Suggest(verb, Commands.Select(c => c.Name)) is { } s ? $"; did you mean '{s}'?" : "";
            throw new UsageException($"unknown command '{verb}'{hint}; run 'phasor --help' for the list");
        }

        // A verb that passes arguments through (run) sees --help only before them, so parse first.
        var passThrough = command.PassThroughAfter is not null;
        if (args[0] == "help" || (!passThrough && args.Skip(1).Any(a => a is "--help" or "-h")))
        {
            context.Out.Write(CommandHelp(command));
            return ExitCodes.Ok;
        }

        var parsed = ArgParser.Parse(command.Name, args[1..], [.. command.Options, s_help], command.MaxPositional, command.PassThroughAfter);
        if (parsed.Has("help"))
        {
            context.Out.Write(CommandHelp(command));
            return ExitCodes.Ok;
        }

        return command.Run(parsed, context);
    }

    /// <summary>The verb list.</summary>
    public static string GeneralHelp()
    {
        var text = new StringBuilder();
        text.Append("phasor: a live-coding audio engine. Patches are JSON graphs of DSP nodes; scripts are Phasor Script (a TypeScript subset).\n\nUsage: phasor COMMAND [options]\n\nCommands:\n");
        foreach (var c in Commands)
        {
            text.Append("  ").Append(c.Name.PadRight(9)).Append(c.Summary).Append('\n');
        }

        text.Append("\nRun 'phasor COMMAND --help' for a command's options. Exit codes: 0 ok, 1 bad input or script error, 2 internal error.\n");
        return text.ToString();
    }

    /// <summary>One verb's usage and options.</summary>
    public static string CommandHelp(ICommand command)
    {
        var text = new StringBuilder();
        text.Append(command.Summary).Append(".\n\nUsage: ").Append(command.Usage).Append("\n\nOptions:\n");
        foreach (var o in command.Options.Append(s_help))
        {
            var names = (o.Short is { } s ? $"-{s}, " : "    ") + "--" + o.Name + (o.Value is null ? "" : " " + o.Value);
            text.Append("  ").Append(names.PadRight(26)).Append(o.Help).Append('\n');
        }

        if (command.Notes is { } notes)
        {
            text.Append('\n').Append(notes);
        }

        return text.ToString();
    }

    private static string Version() =>
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
