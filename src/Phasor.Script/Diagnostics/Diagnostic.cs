using Phasor.Script.Text;

namespace Phasor.Script.Diagnostics;

/// <summary>One problem found in a script: what (a catalogue entry and its arguments) and where (a span of a source).</summary>
public sealed class Diagnostic
{
    private readonly object[] _args;

    internal Diagnostic(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, object[] args)
    {
        Descriptor = descriptor;
        Source = source;
        Span = span;
        _args = args;
    }

    /// <summary>The catalogue entry.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The source the span refers to.</summary>
    public SourceText Source { get; }

    /// <summary>Where in the source the problem is.</summary>
    public TextSpan Span { get; }

    /// <summary>The ID, such as <c>PS1002</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity of the catalogue entry.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The arguments that fill the message format.</summary>
    public IReadOnlyList<object> Arguments => _args;

    /// <summary>The 1-based line and column where the span starts.</summary>
    public LinePosition Position => Source.GetPosition(Span.Start);

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat, _args);

    /// <summary>The one-line form <c>file:line:col: error PS1002: message</c>.</summary>
    public override string ToString() => DiagnosticFormatter.FormatHeader(this);
}
