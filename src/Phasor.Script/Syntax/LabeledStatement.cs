using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A statement with a label (name id).</summary>
internal sealed class LabeledStatement(TextSpan span, int label, Statement body) : Statement(SyntaxKind.LabeledStatement, span)
{
    public int Label { get; } = label;

    public Statement Body { get; } = body;
}
