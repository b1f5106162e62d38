using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A name being declared (variable, parameter, function, class, catch binding).</summary>
internal sealed class BindingIdentifier(TextSpan span, int nameId) : Pattern(SyntaxKind.BindingIdentifier, span)
{
    public int NameId { get; } = nameId;

    /// <summary>Set by the binder.</summary>
    public Resolution Resolution { get; set; }
}
