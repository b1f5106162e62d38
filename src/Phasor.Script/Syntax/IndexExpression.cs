using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Property access by value, a[b] or a?.[b].</summary>
internal sealed class IndexExpression(TextSpan span, Expression @object, Expression index, bool isOptional) : Expression(SyntaxKind.IndexExpression, span)
{
    public Expression Object { get; } = @object;

    public Expression Index { get; } = index;

    public bool IsOptional { get; } = isOptional;

    /// <summary>Gets the source offset of the <c>[</c>, where errors of the access are reported (as in V8).</summary>
    public int BracketPosition { get; init; }
}
