using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An object destructuring pattern with an optional rest.</summary>
internal sealed class ObjectPattern(TextSpan span, PatternProperty[] properties, Pattern? rest) : Pattern(SyntaxKind.ObjectPattern, span)
{
    public PatternProperty[] Properties { get; } = properties;

    public Pattern? Rest { get; } = rest;
}
