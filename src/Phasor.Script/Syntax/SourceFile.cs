using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>The root of a parsed script: its top-level statements.</summary>
internal sealed class SourceFile(TextSpan span, Statement[] statements) : SyntaxNode(SyntaxKind.SourceFile, span)
{
    public Statement[] Statements { get; } = statements;

    /// <summary>Set by the binder.</summary>
    public FunctionInfo? Function { get; set; }
}
