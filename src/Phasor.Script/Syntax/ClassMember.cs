using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A member of a class body: a method (or accessor, or the constructor) or a field.</summary>
internal abstract class ClassMember(SyntaxKind kind, TextSpan span, bool isStatic, PropertyKey key) : SyntaxNode(kind, span)
{
    public bool IsStatic { get; } = isStatic;

    public PropertyKey Key { get; } = key;
}
