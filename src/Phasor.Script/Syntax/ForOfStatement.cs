using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A for...of loop over an iterable; the left side is a declaration, a pattern or an assignment target.</summary>
internal sealed class ForOfStatement(TextSpan span, SyntaxNode left, Expression right, Statement body) : Statement(SyntaxKind.ForOfStatement, span)
{
    public SyntaxNode Left { get; } = left;

    public Expression Right { get; } = right;

    public Statement Body { get; } = body;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }
}
