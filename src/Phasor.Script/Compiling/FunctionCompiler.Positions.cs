using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

/// <summary>
/// Source positions for the line table, recorded the way V8's bytecode generator records them so that errors and
/// stack frames point where Node's do. A statement position attaches to the next instruction, whatever it is. An
/// expression position (a property name, a call, an operator) waits for the next instruction that can throw or call
/// out, and never replaces a statement position that is still waiting. An instruction without a position of its own
/// reports the nearest one before it.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private int _pendingPosition = -1;
    private bool _pendingIsStatement;
    private bool _pendingIsDeferred;

    /// <summary>Records a statement's start for the next instruction.</summary>
    private void MarkStatement(SyntaxNode node)
    {
        _pendingPosition = node.Span.Start;
        _pendingIsStatement = true;
        _pendingIsDeferred = false;
    }

    /// <summary>Records where the next instruction that can throw should report errors.</summary>
    private void MarkExpression(int position)
    {
        if (_pendingPosition >= 0 && _pendingIsStatement && !_pendingIsDeferred)
        {
            return;
        }

        _pendingPosition = position;
        _pendingIsStatement = false;
        _pendingIsDeferred = false;
    }

    /// <summary>
    /// Marks that an operand was used in place where V8 loads it with an instruction of its own (a local or
    /// <c>this</c> as the object of a member access). V8 attaches a waiting statement position to that load and, once
    /// its register optimizer has removed the load, passes it on to the next instruction unless that one has an
    /// expression position of its own; so here the statement position stays waiting but an expression position may
    /// replace it (<c>this.x = x.y</c> reports at <c>y</c>, as Node does).
    /// </summary>
    private void DeferStatementPosition()
    {
        if (_pendingPosition >= 0 && _pendingIsStatement)
        {
            _pendingIsDeferred = true;
        }
    }

    /// <summary>Records a variable read that may throw (TDZ, undeclared global), unless an enclosing operation already placed its position.</summary>
    private void MarkVariable(SyntaxNode node)
    {
        if (_pendingPosition < 0)
        {
            _pendingPosition = node.Span.Start;
            _pendingIsStatement = false;
        }
    }

    private void AttachPendingPosition(OpCode op)
    {
        if (_pendingPosition < 0 || (!_pendingIsStatement && OpTable.IsWithoutSideEffects(op)))
        {
            return;
        }

        var offset = _pendingPosition;
        _pendingPosition = -1;
        _pendingIsDeferred = false;
        if (_lineOffsets.Count > 0 && _lineOffsets[^1] == offset)
        {
            return;
        }

        if (_linePcs.Count > 0 && _linePcs[^1] == Here)
        {
            _lineOffsets[^1] = offset;
            return;
        }

        _linePcs.Add(Here);
        _lineOffsets.Add(offset);
    }
}
