using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>new C(args).</summary>
internal sealed class NewExpression(TextSpan span, Expression callee, Expression[] arguments) : Expression(SyntaxKind.NewExpression, span)
{
    public Expression Callee { get; } = callee;

    public Expression[] Arguments { get; } = arguments;
}
