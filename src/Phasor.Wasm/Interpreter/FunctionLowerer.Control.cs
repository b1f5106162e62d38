using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Interpreter;

/// <summary>Blocks, branches, returns and calls.</summary>
internal sealed partial class FunctionLowerer
{
    private readonly List<ControlFrame> _frames = [];
    private readonly List<(int Entry, int Depth)> _tableStubs = [];
    private int _depth;
    private bool _unreachable;
    private int _deadDepth;

    private bool LowerControl(Opcode opcode, ref WasmReader r)
    {
        switch (opcode)
        {
            case Opcode.Unreachable:
                _stack.Emit(Op.Unreachable);
                MarkUnreachable();
                return true;
            case Opcode.Block:
            case Opcode.Loop:
            case Opcode.If:
                LowerBlock(opcode, ref r);
                return true;
            case Opcode.Else:
                LowerElse();
                return true;
            case Opcode.End:
                LowerEnd();
                return true;
            case Opcode.Br:
                EmitBranch((int)r.ReadVarU32());
                MarkUnreachable();
                return true;
            case Opcode.BrIf:
                LowerBrIf((int)r.ReadVarU32());
                return true;
            case Opcode.BrTable:
                LowerBrTable(ref r);
                return true;
            case Opcode.Return:
                EmitReturn();
                MarkUnreachable();
                return true;
            case Opcode.Call:
                LowerCall((int)r.ReadVarU32());
                return true;
            case Opcode.CallIndirect:
                var typeIndex = r.ReadVarU32();
                LowerCallIndirect(typeIndex, (int)r.ReadVarU32());
                return true;
            default:
                return false;
        }
    }

    /// <summary>In unreachable code nothing is emitted; only nesting is tracked to find the frame's <c>else</c>/<c>end</c>.</summary>
    private void SkipDead(Opcode opcode, ref WasmReader r)
    {
        switch (opcode)
        {
            case Opcode.Block:
            case Opcode.Loop:
            case Opcode.If:
                r.ReadVarS33();
                _deadDepth++;
                break;
            case Opcode.Else when _deadDepth == 0:
                LowerElse();
                break;
            case Opcode.End when _deadDepth == 0:
                LowerEnd();
                break;
            case Opcode.End:
                _deadDepth--;
                break;
            default:
                Immediates.Skip(opcode, ref r);
                break;
        }
    }

    private void MarkUnreachable()
    {
        _unreachable = true;
        _deadDepth = 0;
    }

    private (int Params, int Results) ReadBlockType(ref WasmReader r)
    {
        var blockType = r.ReadVarS33();
        if (blockType < 0)
        {
            return (0, blockType == -64 ? 0 : 1);
        }

        var type = _module.Types[blockType];
        return (type.Parameters.Length, type.Results.Length);
    }

    private void OpenFrame(FrameKind kind, int stackBase, int parameters, int results)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new ControlFrame());
        }

        _frames[_depth++].Open(kind, stackBase, parameters, results);
    }

    private ControlFrame Frame(int relativeDepth) => _frames[_depth - 1 - relativeDepth];

    private void LowerBlock(Opcode opcode, ref WasmReader r)
    {
        var (parameters, results) = ReadBlockType(ref r);
        var fusable = false;
        var condition = default(Operand);
        if (opcode == Opcode.If)
        {
            fusable = _stack.TopIsLastProduced;
            condition = _stack.Pop();
        }

        var conditionAt = _stack.Height;
        _stack.MaterializeForBlock(parameters);
        var kind = opcode switch { Opcode.Loop => FrameKind.Loop, Opcode.If => FrameKind.If, _ => FrameKind.Block };
        var elseFixup = kind == FrameKind.If ? EmitConditionalBranch(condition, conditionAt, whenTrue: false, fusable) : (-1, -1);
        OpenFrame(kind, _stack.Height - parameters, parameters, results);
        var frame = Frame(0);
        frame.ElseFixup = elseFixup;
        if (kind == FrameKind.Loop)
        {
            frame.LoopStart = _code.Count;
        }

        _stack.Label();
    }

    private void LowerElse()
    {
        var frame = Frame(0);
        if (!_unreachable)
        {
            MaterializeResults(frame);
            var start = _stack.Emit(Op.Br);
            frame.Fixups.Add((start, _code.Count));
            _code.Word(0);
        }

        Patch(frame.ElseFixup, _code.Count);
        frame.ElseFixup = (-1, -1);
        EnterLabel(frame.Base, frame.Params);
    }

    private void LowerEnd()
    {
        var frame = Frame(0);
        if (frame.Kind == FrameKind.Function)
        {
            if (!_unreachable)
            {
                EmitReturn();
            }

            _depth--;
            return;
        }

        if (!_unreachable)
        {
            MaterializeResults(frame);
        }

        Patch(frame.ElseFixup, _code.Count);
        foreach (var fixup in frame.Fixups)
        {
            Patch(fixup, _code.Count);
        }

        _depth--;
        EnterLabel(frame.Base, frame.Results);
    }

    /// <summary>Code after a label is reached with <paramref name="values"/> values in their home slots above <paramref name="stackBase"/>.</summary>
    private void EnterLabel(int stackBase, int values)
    {
        _stack.Truncate(stackBase);
        _stack.PushTemps(values);
        _stack.Label();
        _unreachable = false;
    }

    private void MaterializeResults(ControlFrame frame)
    {
        for (var p = _stack.Height - frame.Results; p < _stack.Height; p++)
        {
            _stack.Materialize(p);
        }
    }

    private void Patch((int Start, int Word) fixup, int target)
    {
        if (fixup.Word >= 0)
        {
            _code[fixup.Word] = target - fixup.Start;
        }
    }

    /// <summary>Points a branch at a frame's label: a loop's start is known, a block's end is patched when reached.</summary>
    private void Resolve(ControlFrame frame, (int Start, int Word) branch)
    {
        if (frame.Kind == FrameKind.Loop)
        {
            _code[branch.Word] = frame.LoopStart - branch.Start;
        }
        else
        {
            frame.Fixups.Add(branch);
        }
    }

    /// <summary>Whether branching to <paramref name="frame"/> needs moves first (values not already in the label's slots).</summary>
    private bool NeedsMoves(ControlFrame frame)
    {
        if (frame.Kind == FrameKind.Function)
        {
            return true;
        }

        var arity = frame.LabelArity;
        var destination = _stack.Home(frame.Base);
        for (var k = 0; k < arity; k++)
        {
            if (_stack.NeedsMove(destination + k, _stack.Height - arity + k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unconditional branch: moves the label's values into its slots (sources never below targets), then jumps.</summary>
    private void EmitBranch(int relativeDepth)
    {
        var frame = Frame(relativeDepth);
        if (frame.Kind == FrameKind.Function)
        {
            EmitReturn();
            return;
        }

        var arity = frame.LabelArity;
        var destination = _stack.Home(frame.Base);
        if (_options.RetargetResults && arity == 1 && _stack.TopIsLastProduced)
        {
            _code[_stack.LastProducer + 1] = destination;
        }
        else
        {
            for (var k = 0; k < arity; k++)
            {
                var at = _stack.Height - arity + k;
                _stack.MoveTo(destination + k, _stack[at], at);
            }
        }

        var start = _stack.Emit(Op.Br);
        _code.Word(0);
        Resolve(frame, (start, start + 1));
    }

    /// <summary>Moves the results into slots 0.. (in an order that reads every source before overwriting it), then returns.</summary>
    private void EmitReturn()
    {
        var count = Frame(_depth - 1).Results;
        var first = _stack.Height - count;
        if (_options.RetargetResults && count == 1 && _stack.TopIsLastProduced)
        {
            _code[_stack.LastProducer + 1] = 0;
        }
        else
        {
            var clash = false;
            for (var j = 0; j < count; j++)
            {
                var source = _stack.SourceSlot(first + j);
                clash |= source >= 0 && source < j;
            }

            for (var j = 0; clash && j < count; j++)
            {
                _stack.Materialize(first + j);
            }

            for (var j = 0; j < count; j++)
            {
                _stack.MoveTo(j, _stack[first + j], first + j);
            }
        }

        _stack.Emit(Op.Return);
    }

    private void LowerBrIf(int relativeDepth)
    {
        var fusable = _stack.TopIsLastProduced;
        var condition = _stack.Pop();
        var at = _stack.Height;
        var frame = Frame(relativeDepth);
        if (!NeedsMoves(frame))
        {
            Resolve(frame, EmitConditionalBranch(condition, at, whenTrue: true, fusable));
            return;
        }

        // The moves must only happen on the taken path: skip over them when the condition is false.
        var skip = EmitConditionalBranch(condition, at, whenTrue: false, fusable);
        EmitBranch(relativeDepth);
        Patch(skip, _code.Count);
        _stack.Label();
    }

    /// <summary>
    /// Emits a branch taken when the condition is (or is not) zero and returns its fixup. When the condition was just
    /// computed by a comparison, that comparison is replaced by one compare-and-branch instruction.
    /// </summary>
    private (int Start, int Word) EmitConditionalBranch(Operand condition, int at, bool whenTrue, bool fusable)
    {
        if (_options.FuseCompareBranch && fusable && _stack.LastProducer >= 0)
        {
            var producer = _stack.LastProducer;
            var compare = (Op)_code[producer];
            if (LoweringTable.TryFuse(compare, out var onTrue, out var onFalse))
            {
                var binary = OpTable.Operands(compare).Length == 3;
                var a = _code[producer + 2];
                var b = binary ? _code[producer + 3] : 0;
                _code.Truncate(producer);
                var start = _stack.Emit(whenTrue ? onTrue : onFalse);
                _code.Word(a);
                if (binary)
                {
                    _code.Word(b);
                }

                _code.Word(0);
                return (start, _code.Count - 1);
            }
        }

        if (_options.FuseCounterBranch && condition.Kind == OperandKind.Local && condition.Local == _stack.TeeLocal && (Op)_code[_stack.TeeProducer] == Op.I32AddImm)
        {
            // local.tee of x + constant, then a branch on it: a counting loop's step and test in one instruction.
            var producer = _stack.TeeProducer;
            var (d, a, imm) = (_code[producer + 1], _code[producer + 2], _code[producer + 3]);
            _stack.RemoveTeeProducer();
            var start = _stack.Emit(whenTrue ? Op.I32AddImmBrNz : Op.I32AddImmBrZ);
            _code.Word(d);
            _code.Word(a);
            _code.Word(imm);
            _code.Word(0);
            return (start, _code.Count - 1);
        }

        var slot = _stack.Read(condition, at);
        var branch = _stack.Emit(whenTrue ? Op.BrNz : Op.BrZ);
        _code.Word(slot);
        _code.Word(0);
        return (branch, branch + 2);
    }
}
