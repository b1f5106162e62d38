using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>true or false.</summary>
internal sealed class BooleanLiteral(TextSpan span, bool value) : Expression(SyntaxKind.BooleanLiteral, span)
{
    public bool Value { get; } = value;
}
