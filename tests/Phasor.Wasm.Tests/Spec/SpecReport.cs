using System.Text;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>The tally of one <c>.wast</c> file's commands by kind and status, and the failures with their lines.</summary>
public sealed class SpecReport
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    /// <summary>Creates an empty report for <paramref name="file"/>.</summary>
    public SpecReport(string file) => File = file;

    /// <summary>Gets the <c>.wast</c> file's name.</summary>
    public string File { get; }

    /// <summary>Gets the failures as <c>file:line: kind: detail</c>.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Gets the commands whose expected message was not compared, with why.</summary>
    public List<string> Waived { get; } = [];

    /// <summary>Records one command's outcome.</summary>
    public void Add(SpecCommand command, SpecOutcome outcome)
    {
        if (!_counts.TryGetValue(command.Type, out var counts))
        {
            counts = new int[4];
            _counts[command.Type] = counts;
        }

        counts[(int)outcome.Status]++;
        if (outcome.Status == SpecStatus.Failed)
        {
            Failures.Add($"{File}:{command.Line}: {command.Type}: {outcome.Detail}");
        }
    }

    /// <summary>Gets how many commands of <paramref name="type"/> ended with <paramref name="status"/>.</summary>
    public int Count(string type, SpecStatus status) => _counts.TryGetValue(type, out var c) ? c[(int)status] : 0;

    /// <summary>Gets how many commands of any kind ended with <paramref name="status"/>.</summary>
    public int Count(SpecStatus status) => _counts.Values.Sum(c => c[(int)status]);

    /// <summary>Formats the tally: one line per command kind with passed / failed / not applicable / not run.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"{File}: {Count(SpecStatus.Passed)} passed, {Count(SpecStatus.Failed)} failed, ")
            .Append($"{Count(SpecStatus.NotApplicable)} not applicable, {Count(SpecStatus.NotRun)} not run yet\n");
        foreach (var (type, c) in _counts)
        {
            text.Append($"  {type,-22} passed {c[0],5}  failed {c[1],4}  n/a {c[2],4}  not run {c[3],5}\n");
        }

        foreach (var waived in Waived)
        {
            text.Append($"  waived: {waived}\n");
        }

        foreach (var failure in Failures)
        {
            text.Append($"  FAIL {failure}\n");
        }

        return text.ToString();
    }
}
