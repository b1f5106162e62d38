using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Interpreter;

/// <summary>Memory and table instructions.</summary>
internal sealed partial class FunctionLowerer
{
    private bool LowerMemory(Opcode opcode, ref WasmReader r)
    {
        if (LoadOp(opcode) is { } load)
        {
            r.ReadVarU32();
            var offset = r.ReadVarU32();
            var (address, addend) = ReadAddress();
            var start = BeginResult(load);
            _code.Word(address);
            _code.Word((int)offset);
            EndResult(start, addend);
            return true;
        }

        if (StoreOp(opcode) is { } store)
        {
            r.ReadVarU32();
            var offset = r.ReadVarU32();
            var value = _stack.Pop();
            var valueAt = _stack.Height;
            var (address, addend) = ReadAddress();
            var immediate = _options.ConstantStores && value.Kind == OperandKind.Const && (store != Op.I64Store || (long)value.Bits is >= int.MinValue and <= int.MaxValue);
            var v = immediate ? (int)value.Bits : _stack.Read(value, valueAt);
            _stack.Emit(immediate ? StoreImmediateOp(store) : store);
            _code.Word(address);
            _code.Word(v);
            _code.Word((int)offset);
            _code.Word(addend);
            return true;
        }

        switch (opcode)
        {
            case Opcode.MemorySize:
                r.ReadByte();
                EndResult(BeginResult(Op.MemorySize));
                return true;
            case Opcode.MemoryGrow:
                r.ReadByte();
                LowerUnary(Op.MemoryGrow);
                return true;
            case Opcode.MemoryInit:
                var segment = (int)r.ReadVarU32();
                r.ReadByte();
                EmitThreeOperands(Op.MemoryInit, segment, -1);
                return true;
            case Opcode.DataDrop:
                _stack.Emit(Op.DataDrop);
                _code.Word((int)r.ReadVarU32());
                return true;
            case Opcode.MemoryCopy:
                r.ReadByte();
                r.ReadByte();
                EmitThreeOperands(Op.MemoryCopy, -1, -1);
                return true;
            case Opcode.MemoryFill:
                r.ReadByte();
                EmitThreeOperands(Op.MemoryFill, -1, -1);
                return true;
            default:
                return false;
        }
    }

    private bool LowerTable(Opcode opcode, ref WasmReader r)
    {
        switch (opcode)
        {
            case Opcode.TableGet:
                var table = (int)r.ReadVarU32();
                var index = ReadPopped();
                var start = BeginResult(Op.TableGet);
                _code.Word(table);
                EndResult(start, index);
                return true;
            case Opcode.TableSet:
                var target = (int)r.ReadVarU32();
                var value = _stack.Pop();
                var at = _stack.Height - 1;
                var i = _stack.Read(_stack.Pop(), at);
                var v = _stack.Read(value, at + 1);
                _stack.Emit(Op.TableSet);
                _code.Word(target);
                _code.Word(i);
                _code.Word(v);
                return true;
            case Opcode.TableSize:
                EndResult(BeginResult(Op.TableSize), (int)r.ReadVarU32());
                return true;
            case Opcode.TableGrow:
                var grown = (int)r.ReadVarU32();
                var count = _stack.Pop();
                var initAt = _stack.Height - 1;
                var init = _stack.Read(_stack.Pop(), initAt);
                var n = _stack.Read(count, initAt + 1);
                var growStart = BeginResult(Op.TableGrow);
                _code.Word(grown);
                _code.Word(init);
                EndResult(growStart, n);
                return true;
            case Opcode.TableFill:
                EmitThreeOperands(Op.TableFill, (int)r.ReadVarU32(), -1);
                return true;
            case Opcode.TableCopy:
                var destination = (int)r.ReadVarU32();
                EmitThreeOperands(Op.TableCopy, destination, (int)r.ReadVarU32());
                return true;
            case Opcode.TableInit:
                var element = (int)r.ReadVarU32();
                EmitThreeOperands(Op.TableInit, (int)r.ReadVarU32(), element);
                return true;
            case Opcode.ElemDrop:
                _stack.Emit(Op.ElemDrop);
                _code.Word((int)r.ReadVarU32());
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Pops a memory address. When it was just computed as <c>x + constant</c>, the addition is folded into the access
    /// (the access adds the constant with 32-bit wrap-around, as the separate <c>i32.add</c> did), saving a dispatch.
    /// </summary>
    private (int Slot, int Addend) ReadAddress()
    {
        var fusable = _stack.TopIsLastProduced;
        var address = _stack.Pop();
        if (_options.FoldAddressAdd && fusable && (Op)_code[_stack.LastProducer] == Op.I32AddImm)
        {
            var producer = _stack.LastProducer;
            var (slot, addend) = (_code[producer + 2], _code[producer + 3]);
            _stack.RemoveLastProducer();
            return (slot, addend);
        }

        return (_stack.Read(address, _stack.Height), 0);
    }

    private static Op StoreImmediateOp(Op store) => store switch
    {
        Op.I32Store => Op.I32StoreImm,
        Op.I64Store => Op.I64StoreImm,
        Op.Store8 => Op.Store8Imm,
        _ => Op.Store16Imm,
    };

    /// <summary>Emits an instruction of up to two index immediates (-1 for none) and three popped operands.</summary>
    private void EmitThreeOperands(Op op, int index1, int index2)
    {
        var third = _stack.Pop();
        var second = _stack.Pop();
        var first = _stack.Pop();
        var at = _stack.Height;
        var a = _stack.Read(first, at);
        var b = _stack.Read(second, at + 1);
        var c = _stack.Read(third, at + 2);
        _stack.Emit(op);
        if (index1 >= 0)
        {
            _code.Word(index1);
        }

        if (index2 >= 0)
        {
            _code.Word(index2);
        }

        _code.Word(a);
        _code.Word(b);
        _code.Word(c);
    }

    private static Op? LoadOp(Opcode opcode) => opcode switch
    {
        Opcode.I32Load or Opcode.F32Load or Opcode.I64Load32U => Op.I32Load,
        Opcode.I64Load or Opcode.F64Load => Op.I64Load,
        Opcode.I32Load8S => Op.I32Load8S,
        Opcode.I32Load8U or Opcode.I64Load8U => Op.I32Load8U,
        Opcode.I32Load16S => Op.I32Load16S,
        Opcode.I32Load16U or Opcode.I64Load16U => Op.I32Load16U,
        Opcode.I64Load8S => Op.I64Load8S,
        Opcode.I64Load16S => Op.I64Load16S,
        Opcode.I64Load32S => Op.I64Load32S,
        _ => null,
    };

    private static Op? StoreOp(Opcode opcode) => opcode switch
    {
        Opcode.I32Store or Opcode.F32Store or Opcode.I64Store32 => Op.I32Store,
        Opcode.I64Store or Opcode.F64Store => Op.I64Store,
        Opcode.I32Store8 or Opcode.I64Store8 => Op.Store8,
        Opcode.I32Store16 or Opcode.I64Store16 => Op.Store16,
        _ => null,
    };
}
