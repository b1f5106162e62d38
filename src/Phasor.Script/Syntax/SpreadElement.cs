using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>...x in an array literal or argument list.</summary>
internal sealed class SpreadElement(TextSpan span, Expression expression) : Expression(SyntaxKind.SpreadElement, span)
{
    public Expression Expression { get; } = expression;
}
