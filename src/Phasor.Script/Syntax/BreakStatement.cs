using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A break, optionally to a label (name id, or -1).</summary>
internal sealed class BreakStatement(TextSpan span, int label) : Statement(SyntaxKind.BreakStatement, span)
{
    public int Label { get; } = label;

    /// <summary>Gets the span of the label name (empty without a label), where label errors are reported.</summary>
    public TextSpan LabelSpan { get; init; }

    /// <summary>Set by the binder.</summary>
    public Statement? Target { get; set; }
}
