using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A node of the syntax tree: its kind and the span of source it covers.</summary>
internal abstract class SyntaxNode(SyntaxKind kind, TextSpan span)
{
    public SyntaxKind Kind { get; } = kind;

    public TextSpan Span { get; } = span;

    public override string ToString() => SyntaxPrinter.Print(this);
}
