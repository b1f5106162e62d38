using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An expression evaluated for its effect.</summary>
internal sealed class ExpressionStatement(TextSpan span, Expression expression) : Statement(SyntaxKind.ExpressionStatement, span)
{
    public Expression Expression { get; } = expression;
}
