namespace Phasor.Cli.CommandLine;

/// <summary>Parses <c>--name value</c>, <c>--name=value</c>, <c>-x value</c> and flags against a verb's option list.</summary>
public static class ArgParser
{
    /// <summary>Parses the arguments after the verb; unknown options and missing values are <see cref="UsageException"/>s.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="args">The arguments after the verb.</param>
    /// <param name="specs">The options the verb accepts.</param>
    /// <param name="maxPositional">Most positional arguments accepted.</param>
    /// <param name="passThroughAfter">
    /// Once this many positional arguments are seen, the rest are positional as they stand, options included
    /// (`phasor run FILE.ts --flag` hands `--flag` to the script, as `node FILE.js --flag` does); null: never.
    /// </param>
    public static ParsedArgs Parse(string verb, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, int maxPositional, int? passThroughAfter = null)
    {
        var options = new Dictionary<string, string?>();
        var every = new List<KeyValuePair<string, string>>();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (positional.Count >= passThroughAfter)
            {
                positional.AddRange(args.Skip(i));
                break;
            }

            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-' || (arg.Length > 1 && char.IsDigit(arg[1])))
            {
                positional.Add(arg);
                continue;
            }

            var (name, inline) = Split(arg);
            var spec = Find(specs, name) ?? throw Unknown(verb, arg, specs);
            if (spec.Value is null)
            {
                options[spec.Name] = inline is null ? null : throw new UsageException($"--{spec.Name} takes no value");
                continue;
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{spec.Name} needs a value ({spec.Value})"));
            options[spec.Name] = value;
            every.Add(new(spec.Name, value));
        }

        if (positional.Count > maxPositional)
        {
            throw new UsageException($"unexpected argument '{positional[maxPositional]}'; see 'phasor {verb} --help'");
        }

        return new ParsedArgs(verb, options, positional) { Repeated = every };
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            return eq < 0 ? (arg[2..], null) : (arg[2..eq], arg[(eq + 1)..]);
        }

        return (arg[1..], null);
    }

    private static OptionSpec? Find(IReadOnlyList<OptionSpec> specs, string name) =>
        specs.FirstOrDefault(s => s.Name == name || (name.Length == 1 && s.Short == name[0]));

    private static UsageException Unknown(string verb, string arg, IReadOnlyList<OptionSpec> specs)
    {
        var names = specs.Select(s => "--" + s.Name).ToList();
        var close = names.FirstOrDefault(n => n.StartsWith(arg.Split('=')[0], StringComparison.Ordinal) || arg.StartsWith(n, StringComparison.Ordinal));
        var hint = close is not null ? $"; did you mean {close}?" : $"; options: {string.Join(", ", names)}";
        return new UsageException($"unknown option '{arg}' for 'phasor {verb}'{hint}");
    }
}
