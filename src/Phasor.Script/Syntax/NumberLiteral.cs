using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A numeric literal.</summary>
internal sealed class NumberLiteral(TextSpan span, double value) : Expression(SyntaxKind.NumberLiteral, span)
{
    public double Value { get; } = value;
}
