using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>condition ? whenTrue : whenFalse.</summary>
internal sealed class ConditionalExpression(TextSpan span, Expression condition, Expression whenTrue, Expression whenFalse) : Expression(SyntaxKind.ConditionalExpression, span)
{
    public Expression Condition { get; } = condition;

    public Expression WhenTrue { get; } = whenTrue;

    public Expression WhenFalse { get; } = whenFalse;
}
