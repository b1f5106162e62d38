using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>++ or --, prefix or postfix.</summary>
internal sealed class UpdateExpression(TextSpan span, bool isIncrement, bool isPrefix, Expression operand) : Expression(SyntaxKind.UpdateExpression, span)
{
    public bool IsIncrement { get; } = isIncrement;

    public bool IsPrefix { get; } = isPrefix;

    public Expression Operand { get; } = operand;

    /// <summary>Gets where V8 reports errors of the update: the operator of a postfix update, the operand's last token of a prefix one.</summary>
    public int Position { get; init; }
}
