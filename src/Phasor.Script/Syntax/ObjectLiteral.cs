using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An object literal.</summary>
internal sealed class ObjectLiteral(TextSpan span, ObjectProperty[] properties) : Expression(SyntaxKind.ObjectLiteral, span)
{
    public ObjectProperty[] Properties { get; } = properties;
}
