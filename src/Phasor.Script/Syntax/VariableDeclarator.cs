using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>One target (a name or a destructuring pattern) with its optional initializer.</summary>
internal sealed class VariableDeclarator(TextSpan span, Pattern target, Expression? initializer) : SyntaxNode(SyntaxKind.VariableDeclarator, span)
{
    public Pattern Target { get; } = target;

    public Expression? Initializer { get; } = initializer;
}
