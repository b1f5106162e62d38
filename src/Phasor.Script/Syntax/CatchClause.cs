using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>The catch part of a try statement, with an optional binding.</summary>
internal sealed class CatchClause(TextSpan span, Pattern? parameter, BlockStatement body) : SyntaxNode(SyntaxKind.CatchClause, span)
{
    public Pattern? Parameter { get; } = parameter;

    public BlockStatement Body { get; } = body;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }
}
