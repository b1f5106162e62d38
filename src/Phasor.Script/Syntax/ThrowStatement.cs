using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A throw statement.</summary>
internal sealed class ThrowStatement(TextSpan span, Expression value) : Statement(SyntaxKind.ThrowStatement, span)
{
    public Expression Value { get; } = value;
}
