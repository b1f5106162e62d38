using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A prefix operator: + - ! ~ typeof void delete.</summary>
internal sealed class UnaryExpression(TextSpan span, UnaryOperator @operator, Expression operand) : Expression(SyntaxKind.UnaryExpression, span)
{
    public UnaryOperator Operator { get; } = @operator;

    public Expression Operand { get; } = operand;
}
