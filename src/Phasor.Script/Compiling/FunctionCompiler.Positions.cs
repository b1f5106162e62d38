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

    /// <summary>Records a statement's start for the next instruction.</summary>
    private void MarkStatement(SyntaxNode node)
    {
        _pendingPosition = node.Span.Start;
        _pendingIsStatement = true;
    }

    /// <summary>Records where the next instruction that can throw should report errors.</summary>
    private void MarkExpression(int position)
    {
        if (_pendingPosition >= 0 && _pendingIsStatement)
        {
            return;
        }

        _pendingPosition = position;
        _pendingIsStatement = false;
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
