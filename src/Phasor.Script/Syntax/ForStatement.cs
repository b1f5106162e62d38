using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A C-style for loop; let declarations in its head get a fresh binding per iteration.</summary>
internal sealed class ForStatement(TextSpan span, SyntaxNode? initializer, Expression? condition, Expression? update, Statement body) : Statement(SyntaxKind.ForStatement, span)
{
    public SyntaxNode? Initializer { get; } = initializer;

    public Expression? Condition { get; } = condition;

    public Expression? Update { get; } = update;

    public Statement Body { get; } = body;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }
}
