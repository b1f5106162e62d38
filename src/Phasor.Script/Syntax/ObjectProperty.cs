using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>One member of an object literal: a value, shorthand, method, accessor or spread (spread has no key).</summary>
internal sealed class ObjectProperty(TextSpan span, ObjectPropertyKind propertyKind, PropertyKey? key, Expression value) : SyntaxNode(SyntaxKind.ObjectProperty, span)
{
    public ObjectPropertyKind PropertyKind { get; } = propertyKind;

    public PropertyKey? Key { get; } = key;

    public Expression Value { get; } = value;
}
