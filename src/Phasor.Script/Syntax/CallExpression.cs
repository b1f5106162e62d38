using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A call, f(x) or f?.(x).</summary>
internal sealed class CallExpression(TextSpan span, Expression callee, Expression[] arguments, bool isOptional) : Expression(SyntaxKind.CallExpression, span)
{
    public Expression Callee { get; } = callee;

    public Expression[] Arguments { get; } = arguments;

    public bool IsOptional { get; } = isOptional;

    /// <summary>
    /// Gets where errors of the call and the frames of its callee's stack point, as V8 positions a call: at the callee's
    /// last name when the argument list follows a name (<c>f(</c>, <c>a.b(</c>, <c>super(</c>), else at the <c>(</c>.
    /// </summary>
    public int Position { get; init; }

    /// <summary>Set by the binder on a <c>super(...)</c> call.</summary>
    public SuperCallBinding? SuperBinding { get; set; }
}
