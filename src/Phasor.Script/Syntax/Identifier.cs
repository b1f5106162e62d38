using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A reference to a variable by name.</summary>
internal sealed class Identifier(TextSpan span, int nameId) : Expression(SyntaxKind.Identifier, span)
{
    public int NameId { get; } = nameId;

    /// <summary>Set by the binder.</summary>
    public Resolution Resolution { get; set; }
}
