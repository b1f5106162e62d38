using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A return with an optional value.</summary>
internal sealed class ReturnStatement(TextSpan span, Expression? value) : Statement(SyntaxKind.ReturnStatement, span)
{
    public Expression? Value { get; } = value;
}
