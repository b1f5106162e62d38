using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>this; arrows see the enclosing function's this, so it resolves like a variable.</summary>
internal sealed class ThisExpression(TextSpan span) : Expression(SyntaxKind.ThisExpression, span)
{
    /// <summary>Set by the binder.</summary>
    public Resolution Resolution { get; set; }
}
