using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Property access by name, a.b or a?.b.</summary>
internal sealed class MemberExpression(TextSpan span, Expression @object, int nameId, bool isOptional) : Expression(SyntaxKind.MemberExpression, span)
{
    public Expression Object { get; } = @object;

    public int NameId { get; } = nameId;

    public bool IsOptional { get; } = isOptional;

    /// <summary>Gets the source offset of the property name, where V8 (and so the runtime) reports errors of the access.</summary>
    public int NamePosition { get; init; }
}
