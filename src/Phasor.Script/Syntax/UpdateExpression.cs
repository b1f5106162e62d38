using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>++ or --, prefix or postfix.</summary>
internal sealed class UpdateExpression(TextSpan span, bool isIncrement, bool isPrefix, Expression operand) : Expression(SyntaxKind.UpdateExpression, span)
{
    public bool IsIncrement { get; } = isIncrement;

    public bool IsPrefix { get; } = isPrefix;

    public Expression Operand { get; } = operand;
}
