using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A case clause (or the default clause when the test is null).</summary>
internal sealed class SwitchCase(TextSpan span, Expression? test, Statement[] statements) : SyntaxNode(SyntaxKind.SwitchCase, span)
{
    public Expression? Test { get; } = test;

    public Statement[] Statements { get; } = statements;
}
