using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A call, f(x) or f?.(x).</summary>
internal sealed class CallExpression(TextSpan span, Expression callee, Expression[] arguments, bool isOptional) : Expression(SyntaxKind.CallExpression, span)
{
    public Expression Callee { get; } = callee;

    public Expression[] Arguments { get; } = arguments;

    public bool IsOptional { get; } = isOptional;

    /// <summary>Set by the binder on a <c>super(...)</c> call.</summary>
    public SuperCallBinding? SuperBinding { get; set; }
}
