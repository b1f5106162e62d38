using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>One property of an object pattern: key and target (the target may carry a default).</summary>
internal sealed class PatternProperty(TextSpan span, PropertyKey key, Pattern value, bool isShorthand) : SyntaxNode(SyntaxKind.PatternProperty, span)
{
    public PropertyKey Key { get; } = key;

    public Pattern Value { get; } = value;

    public bool IsShorthand { get; } = isShorthand;
}
