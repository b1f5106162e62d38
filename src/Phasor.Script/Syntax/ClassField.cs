using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A field of a class with its optional initializer.</summary>
internal sealed class ClassField(TextSpan span, bool isStatic, PropertyKey key, Expression? initializer) : ClassMember(SyntaxKind.ClassField, span, isStatic, key)
{
    public Expression? Initializer { get; } = initializer;

    /// <summary>Set by the binder for a computed key: where the class definition stores the key, evaluated once.</summary>
    public BindingIdentifier? KeyBinding { get; set; }

    /// <summary>Set by the binder for a computed key: how the field initializer function reads that stored key.</summary>
    public Identifier? KeyReference { get; set; }
}
