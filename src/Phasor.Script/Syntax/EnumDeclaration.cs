using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A TypeScript enum; the compiler builds an object with reverse mappings for numeric members.</summary>
internal sealed class EnumDeclaration(TextSpan span, BindingIdentifier name, EnumMember[] members) : Statement(SyntaxKind.EnumDeclaration, span)
{
    public BindingIdentifier Name { get; } = name;

    public EnumMember[] Members { get; } = members;

    /// <summary>Set by the binder: a later declaration of an enum declared earlier in the same scope, which adds its members to that enum's object (TypeScript declaration merging).</summary>
    public bool IsMerged { get; set; }
}
