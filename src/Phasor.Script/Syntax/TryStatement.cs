using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A try statement with a catch clause, a finally block or both.</summary>
internal sealed class TryStatement(TextSpan span, BlockStatement block, CatchClause? handler, BlockStatement? finalizer) : Statement(SyntaxKind.TryStatement, span)
{
    public BlockStatement Block { get; } = block;

    public CatchClause? Handler { get; } = handler;

    public BlockStatement? Finalizer { get; } = finalizer;
}
