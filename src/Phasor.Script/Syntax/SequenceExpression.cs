using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Comma-separated expressions; the value is the last one.</summary>
internal sealed class SequenceExpression(TextSpan span, Expression[] expressions) : Expression(SyntaxKind.SequenceExpression, span)
{
    public Expression[] Expressions { get; } = expressions;
}
