using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A braced statement list, a block scope for its let, const, class and function declarations.</summary>
internal sealed class BlockStatement(TextSpan span, Statement[] statements) : Statement(SyntaxKind.BlockStatement, span)
{
    public Statement[] Statements { get; } = statements;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }
}
