using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A binary operator, including the short-circuiting &amp;&amp;, || and ??.</summary>
internal sealed class BinaryExpression(TextSpan span, BinaryOperator @operator, Expression left, Expression right) : Expression(SyntaxKind.BinaryExpression, span)
{
    public BinaryOperator Operator { get; } = @operator;

    public Expression Left { get; } = left;

    public Expression Right { get; } = right;

    /// <summary>Gets the source offset of the operator, where errors of the operation are reported.</summary>
    public int OperatorPosition { get; init; }
}
