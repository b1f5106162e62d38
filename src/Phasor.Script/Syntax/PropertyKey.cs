using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A property name: an identifier or string (name id), a number, or a computed expression.</summary>
internal sealed class PropertyKey(TextSpan span, PropertyKeyKind keyKind, int nameId, double number, Expression? computed) : SyntaxNode(SyntaxKind.PropertyKey, span)
{
    public PropertyKeyKind KeyKind { get; } = keyKind;

    public int NameId { get; } = nameId;

    public double Number { get; } = number;

    public Expression? Computed { get; } = computed;
}
