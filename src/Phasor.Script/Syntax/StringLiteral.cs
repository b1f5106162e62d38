using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A string literal; its value is interned in the tree's name table.</summary>
internal sealed class StringLiteral(TextSpan span, int valueId) : Expression(SyntaxKind.StringLiteral, span)
{
    public int ValueId { get; } = valueId;
}
