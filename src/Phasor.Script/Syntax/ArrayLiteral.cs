using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An array literal; holes are null, spreads are SpreadElement.</summary>
internal sealed class ArrayLiteral(TextSpan span, Expression?[] elements) : Expression(SyntaxKind.ArrayLiteral, span)
{
    public Expression?[] Elements { get; } = elements;
}
