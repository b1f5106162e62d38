using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A switch statement; all its cases share one block scope.</summary>
internal sealed class SwitchStatement(TextSpan span, Expression discriminant, SwitchCase[] cases) : Statement(SyntaxKind.SwitchStatement, span)
{
    public Expression Discriminant { get; } = discriminant;

    public SwitchCase[] Cases { get; } = cases;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }
}
