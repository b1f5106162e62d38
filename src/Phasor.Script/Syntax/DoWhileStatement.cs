using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A do...while loop.</summary>
internal sealed class DoWhileStatement(TextSpan span, Statement body, Expression condition) : Statement(SyntaxKind.DoWhileStatement, span)
{
    public Statement Body { get; } = body;

    public Expression Condition { get; } = condition;
}
