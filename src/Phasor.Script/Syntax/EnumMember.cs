using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>One enum member: its name and optional initializer (numeric members without one count up from the previous).</summary>
internal sealed class EnumMember(TextSpan span, int nameId, Expression? initializer) : SyntaxNode(SyntaxKind.EnumMember, span)
{
    public int NameId { get; } = nameId;

    public Expression? Initializer { get; } = initializer;
}
