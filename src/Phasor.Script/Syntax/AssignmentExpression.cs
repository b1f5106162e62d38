using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An assignment; the operator is null for plain =, and the target is an expression or (for =) a pattern.</summary>
internal sealed class AssignmentExpression(TextSpan span, BinaryOperator? @operator, SyntaxNode target, Expression value) : Expression(SyntaxKind.AssignmentExpression, span)
{
    public BinaryOperator? Operator { get; } = @operator;

    public SyntaxNode Target { get; } = target;

    public Expression Value { get; } = value;

    /// <summary>Gets the source offset of the assignment operator, where errors of the store (and of a compound read) are reported.</summary>
    public int OperatorPosition { get; init; }
}
