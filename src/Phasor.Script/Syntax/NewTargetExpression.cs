using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>new.target; it resolves like a variable of the enclosing non-arrow function.</summary>
internal sealed class NewTargetExpression(TextSpan span) : Expression(SyntaxKind.NewTargetExpression, span)
{
    /// <summary>Set by the binder.</summary>
    public Resolution Resolution { get; set; }
}
