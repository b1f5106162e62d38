using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An if statement with an optional else branch.</summary>
internal sealed class IfStatement(TextSpan span, Expression condition, Statement then, Statement? @else) : Statement(SyntaxKind.IfStatement, span)
{
    public Expression Condition { get; } = condition;

    public Statement Then { get; } = then;

    public Statement? Else { get; } = @else;
}
