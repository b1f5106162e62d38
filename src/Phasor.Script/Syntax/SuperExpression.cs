using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>super as a callee or member object; it resolves to the enclosing method's home object.</summary>
internal sealed class SuperExpression(TextSpan span) : Expression(SyntaxKind.SuperExpression, span)
{
    /// <summary>Set by the binder.</summary>
    public Resolution Resolution { get; set; }

    /// <summary>Set by the binder for <c>super.x</c>: the receiver, the enclosing method's <c>this</c> (an arrow sees its parent's).</summary>
    public ThisExpression? This { get; set; }
}
