using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A field of a class with its optional initializer.</summary>
internal sealed class ClassField(TextSpan span, bool isStatic, PropertyKey key, Expression? initializer) : ClassMember(SyntaxKind.ClassField, span, isStatic, key)
{
    public Expression? Initializer { get; } = initializer;
}
