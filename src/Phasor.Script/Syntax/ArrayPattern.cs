using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An array destructuring pattern; holes are null.</summary>
internal sealed class ArrayPattern(TextSpan span, Pattern?[] elements, Pattern? rest) : Pattern(SyntaxKind.ArrayPattern, span)
{
    public Pattern?[] Elements { get; } = elements;

    public Pattern? Rest { get; } = rest;
}
