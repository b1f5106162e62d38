using System.Collections;
using Phasor.Script.Text;

namespace Phasor.Script.Diagnostics;

/// <summary>The diagnostics reported for one source, in the order they were found.</summary>
/// <remarks>The list is created on the first report, so a clean parse allocates nothing here.</remarks>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private List<Diagnostic>? _items;

    /// <summary>Makes an empty bag for diagnostics about <paramref name="source"/>.</summary>
    public DiagnosticBag(SourceText source)
    {
        Source = source;
    }

    /// <summary>The source the diagnostics refer to.</summary>
    public SourceText Source { get; }

    /// <inheritdoc/>
    public int Count => _items?.Count ?? 0;

    /// <summary>Whether any error (not just warnings) was reported.</summary>
    public bool HasErrors
    {
        get
        {
            if (_items is null)
            {
                return false;
            }

            foreach (var d in _items)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc/>
    public Diagnostic this[int index] => _items is null ? throw new ArgumentOutOfRangeException(nameof(index)) : _items[index];

    /// <summary>Records a diagnostic described by <paramref name="descriptor"/> at <paramref name="span"/>.</summary>
    public Diagnostic Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
    {
        var diagnostic = new Diagnostic(descriptor, Source, span, args);
        (_items ??= []).Add(diagnostic);
        return diagnostic;
    }

    /// <inheritdoc/>
    public IEnumerator<Diagnostic> GetEnumerator() => (_items ?? (IEnumerable<Diagnostic>)[]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
