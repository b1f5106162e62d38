using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>The extent of an optional chain: a ?. inside short-circuits to undefined for this whole expression.</summary>
internal sealed class OptionalChain(TextSpan span, Expression expression) : Expression(SyntaxKind.OptionalChain, span)
{
    public Expression Expression { get; } = expression;
}
