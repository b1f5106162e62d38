using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// Lowers validated function bodies to the register IR (docs/wasm-interpreter.md): one pass over the bytecode with a
/// virtual operand stack (<see cref="OperandStack"/>), so <c>local.get</c> and constants cost nothing until used,
/// results are written straight into the local a <c>local.set</c> names, and a comparison followed by a branch
/// becomes one compare-and-branch. This file handles the straight-line instructions; the partial in
/// <c>FunctionLowerer.Control.cs</c> handles blocks, branches and calls.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private readonly ModuleDefinition _module;
    private readonly int[] _typeIds;
    private readonly IrBuilder _code;
    private readonly OperandStack _stack;
    private readonly LoweringOptions _options;

    /// <summary>Creates a lowerer appending every function of <paramref name="module"/> to <paramref name="code"/>.</summary>
    public FunctionLowerer(ModuleDefinition module, int[] typeIds, IrBuilder code, LoweringOptions options)
    {
        _module = module;
        _typeIds = typeIds;
        _code = code;
        _options = options;
        _stack = new OperandStack(code, options.MergeMoves);
    }

    /// <summary>Lowers defined function <paramref name="definedIndex"/> and returns where its code is.</summary>
    public FunctionCode Lower(int definedIndex)
    {
        var body = _module.Code[definedIndex];
        var type = _module.FunctionTypes[_module.ImportedFunctionCount + definedIndex];
        var paramCount = type.Parameters.Length;
        var localCount = (int)body.LocalCount;
        _stack.Reset(paramCount + localCount);
        var start = _code.Count;
        _depth = 0;
        _unreachable = false;
        OpenFrame(FrameKind.Function, 0, 0, type.Results.Length);
        var reader = new WasmReader(body.Code.Span, body.CodeOffset, bounded: true);
        while (_depth > 0)
        {
            var opcode = ReadOpcode(ref reader);
            if (_unreachable)
            {
                SkipDead(opcode, ref reader);
            }
            else
            {
                LowerInstruction(opcode, ref reader);
            }
        }

        var frameSize = Math.Max(_stack.LocalsEnd + _stack.MaxHeight, type.Results.Length);
        return new FunctionCode(start, frameSize, paramCount, localCount, 1 + (localCount >> 4));
    }

    private static Opcode ReadOpcode(ref WasmReader reader)
    {
        var b = reader.ReadByte();
        return b == 0xFC ? (Opcode)(0xFC00 | reader.ReadVarU32()) : (Opcode)b;
    }

    private void LowerInstruction(Opcode opcode, ref WasmReader r)
    {
        if (LowerControl(opcode, ref r) || LowerMemory(opcode, ref r) || LowerTable(opcode, ref r))
        {
            return;
        }

        switch (opcode)
        {
            case Opcode.Nop:
                break;
            case Opcode.Drop:
                _stack.Pop();
                break;
            case Opcode.Select:
                LowerSelect();
                break;
            case Opcode.SelectTyped:
                r.Skip((int)r.ReadVarU32());
                LowerSelect();
                break;
            case Opcode.LocalGet:
                _stack.Push(Operand.OfLocal((int)r.ReadVarU32()));
                break;
            case Opcode.LocalSet:
                LowerLocalSet((int)r.ReadVarU32(), tee: false);
                break;
            case Opcode.LocalTee:
                LowerLocalSet((int)r.ReadVarU32(), tee: true);
                break;
            case Opcode.GlobalGet:
                EndResult(BeginResult(Op.GlobalGet), (int)r.ReadVarU32());
                break;
            case Opcode.GlobalSet:
                var global = (int)r.ReadVarU32();
                var value = ReadPopped();
                _stack.Emit(Op.GlobalSet);
                _code.Word(global);
                _code.Word(value);
                break;
            case Opcode.I32Const:
                _stack.Push(Operand.OfConst((uint)r.ReadVarS32()));
                break;
            case Opcode.I64Const:
                _stack.Push(Operand.OfConst((ulong)r.ReadVarS64()));
                break;
            case Opcode.F32Const:
                _stack.Push(Operand.OfConst(r.ReadF32Bits()));
                break;
            case Opcode.F64Const:
                _stack.Push(Operand.OfConst(r.ReadF64Bits()));
                break;
            case Opcode.RefNull:
                r.ReadByte();
                _stack.Push(Operand.OfConst(0));
                break;
            case Opcode.RefIsNull:
                LowerUnary(Op.RefIsNull);
                break;
            case Opcode.RefFunc:
                EndResult(BeginResult(Op.RefFunc), (int)r.ReadVarU32());
                break;
            default:
                LowerNumeric(opcode);
                break;
        }
    }

    private void LowerLocalSet(int local, bool tee)
    {
        if (_options.RetargetResults && _stack.TopIsLastProduced && !_stack.IsAliased(local))
        {
            // The value was just computed into a temporary: compute it into the local instead.
            var producer = _stack.LastProducer;
            _code[producer + 1] = local;
            _stack.Pop();
            _stack.Label();
            if (tee)
            {
                _stack.MarkTee(local, producer);
            }
        }
        else
        {
            var value = _stack.Pop();
            _stack.Preserve(local);
            _stack.MoveTo(local, value, _stack.Height);
        }

        if (tee)
        {
            _stack.Push(Operand.OfLocal(local));
        }
    }

    private void LowerSelect()
    {
        var condition = _stack.Pop();
        var second = _stack.Pop();
        var first = _stack.Pop();
        var at = _stack.Height;
        var a = _stack.Read(first, at);
        var b = _stack.Read(second, at + 1);
        var c = _stack.Read(condition, at + 2);
        var start = BeginResult(Op.Select);
        _code.Word(a);
        _code.Word(b);
        EndResult(start, c);
    }

    private void LowerNumeric(Opcode opcode)
    {
        var form = LoweringTable.Numeric(opcode);
        switch (form.Shape)
        {
            case NumericShape.Unary:
                LowerUnary(form.Op);
                break;
            case NumericShape.Binary:
                LowerBinary(form);
                break;
            case NumericShape.Passthrough:
                break;
            default:
                throw new InvalidOperationException($"{opcode} is not supported by the interpreter");
        }
    }

    private void LowerUnary(Op op)
    {
        var operand = ReadPopped();
        EndResult(BeginResult(op), operand);
    }

    private void LowerBinary(NumericForm form)
    {
        var right = _stack.Pop();
        var left = _stack.Pop();
        var at = _stack.Height;
        int start;
        if (_options.ImmediateOperands && (int)form.Imm >= 0 && right.Kind == OperandKind.Const && TryImmediate(form, right.Bits, form.NegateImm, out var imm))
        {
            var a = _stack.Read(left, at);
            start = BeginResult(form.Imm);
            _code.Word(a);
        }
        else if (_options.ImmediateOperands && (int)form.SwappedImm >= 0 && left.Kind == OperandKind.Const && right.Kind != OperandKind.Const
            && TryImmediate(form, left.Bits, false, out imm))
        {
            var b = _stack.Read(right, at + 1);
            start = BeginResult(form.SwappedImm);
            _code.Word(b);
        }
        else
        {
            var a = _stack.Read(left, at);
            var b = _stack.Read(right, at + 1);
            start = BeginResult(form.Op);
            _code.Word(a);
            imm = b;
        }

        EndResult(start, imm);
    }

    /// <summary>Gets the constant as an immediate word, if it fits (an i64 immediate is sign-extended from 32 bits).</summary>
    private static bool TryImmediate(NumericForm form, ulong bits, bool negate, out int imm)
    {
        if (!form.Wide)
        {
            imm = negate ? -(int)(uint)bits : (int)(uint)bits;
            return true;
        }

        var value = (long)bits;
        if (value is > int.MinValue and <= int.MaxValue)
        {
            imm = negate ? -(int)value : (int)value;
            return true;
        }

        imm = 0;
        return false;
    }

    /// <summary>Pops the top operand and returns the slot to read it from.</summary>
    private int ReadPopped()
    {
        var operand = _stack.Pop();
        return _stack.Read(operand, _stack.Height);
    }

    /// <summary>Emits an instruction whose first operand is the destination: the home slot of the next stack position.</summary>
    private int BeginResult(Op op)
    {
        var start = _stack.Emit(op);
        _code.Word(_stack.Home(_stack.Height));
        return start;
    }

    /// <summary>Writes the instruction's last operand word and pushes its result.</summary>
    private void EndResult(int start, int lastWord)
    {
        _code.Word(lastWord);
        _stack.Push(Operand.Temp);
        _stack.MarkProduced(start);
    }

    /// <summary>Pushes the result of an instruction whose operands are all written.</summary>
    private void EndResult(int start)
    {
        _stack.Push(Operand.Temp);
        _stack.MarkProduced(start);
    }
}
