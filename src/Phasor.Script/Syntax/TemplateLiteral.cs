using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An untagged template literal: cooked chunks (name ids) around substitutions, one more chunk than substitutions.</summary>
internal sealed class TemplateLiteral(TextSpan span, int[] quasis, Expression[] expressions) : Expression(SyntaxKind.TemplateLiteral, span)
{
    public int[] Quasis { get; } = quasis;

    public Expression[] Expressions { get; } = expressions;
}
