using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A while loop.</summary>
internal sealed class WhileStatement(TextSpan span, Expression condition, Statement body) : Statement(SyntaxKind.WhileStatement, span)
{
    public Expression Condition { get; } = condition;

    public Statement Body { get; } = body;
}
