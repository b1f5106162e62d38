using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An assignment target inside a destructuring assignment: an identifier or a member access.</summary>
internal sealed class ExpressionPattern(TextSpan span, Expression target) : Pattern(SyntaxKind.ExpressionPattern, span)
{
    public Expression Target { get; } = target;
}
