using System.Globalization;

namespace Phasor.Cli.CommandLine;

/// <summary>The options and positional arguments of one verb, with typed accessors that raise <see cref="UsageException"/>.</summary>
public sealed class ParsedArgs(string verb, Dictionary<string, string?> options, List<string> positional)
{
    /// <summary>The verb.</summary>
    public string Verb { get; } = verb;

    /// <summary>Positional arguments.</summary>
    public IReadOnlyList<string> Positional { get; } = positional;

    /// <summary>Every value given to each option, in order (for options that may repeat, such as --dir).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Repeated { get; init; } = [];

    /// <summary>Every value given to option <paramref name="name"/>, in order; <see cref="Text"/> gives only the last.</summary>
    public IEnumerable<string> All(string name) => Repeated.Where(p => p.Key == name).Select(p => p.Value);

    /// <summary>True when the flag or option was given.</summary>
    public bool Has(string name) => options.ContainsKey(name);

    /// <summary>The option's text, or <paramref name="fallback"/>.</summary>
    public string? Text(string name, string? fallback = null) => options.TryGetValue(name, out var v) ? v : fallback;

    /// <summary>A number option within [min, max].</summary>
    public double Number(string name, double fallback, double min, double max)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new UsageException($"--{name} expects a number, got '{text}'");
        }

        return value >= min && value <= max ? value : throw new UsageException($"--{name} must be between {min} and {max}, got {text}");
    }

    /// <summary>A whole-number option within [min, max].</summary>
    public int Integer(string name, int fallback, int min, int max)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"--{name} expects a whole number, got '{text}'");
        }

        return value >= min && value <= max ? value : throw new UsageException($"--{name} must be between {min} and {max}, got {text}");
    }

    /// <summary>An option whose value must be one of <paramref name="choices"/>.</summary>
    public string Choice(string name, string fallback, params string[] choices)
    {
        var text = Text(name, fallback)!;
        return Array.IndexOf(choices, text) >= 0 ? text : throw new UsageException($"--{name} must be one of {string.Join(", ", choices)}, got '{text}'");
    }
}
