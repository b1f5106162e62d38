using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;
using static Phasor.Wasm.Validation.ValidationMessages;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>The typing rules of the variable, parametric, reference, table and memory instructions (spec 3.3.2 to 3.3.7).</summary>
internal sealed partial class FunctionValidator
{
    private void TableAccess(Opcode opcode, uint index)
    {
        var type = Table(index).ElementType;
        if (opcode == Opcode.TableSet)
        {
            Pop(type);
        }

        Pop(ValueType.I32);
        if (opcode == Opcode.TableGet)
        {
            Push(type);
        }
    }

    private void MemorySizeOrGrow(ref WasmReader reader, Opcode opcode)
    {
        InstructionDecoder.ReadZeroByte(ref reader);
        Memory();
        if (opcode == Opcode.MemoryGrow)
        {
            Pop(ValueType.I32);
        }

        Push(ValueType.I32);
    }

    private void RefIsNull()
    {
        var type = Pop();
        if (type != Unknown && !type.IsReference())
        {
            Fail(TypeMismatch);
        }

        Push(ValueType.I32);
    }

    private void RefFunc(uint function)
    {
        if (function >= (uint)_functionTypes.Length)
        {
            Fail(Unknown("function", function));
        }

        if (!_declaredReferences[function])
        {
            Fail(UndeclaredReference);
        }

        Push(ValueType.FuncRef);
    }

    private void Select()
    {
        Pop(ValueType.I32);
        var t1 = Pop();
        var t2 = Pop();

        // Untyped select only takes numbers (vectors too, with SIMD); references need the typed form.
        if (!(IsNumberOrUnknown(t1) && IsNumberOrUnknown(t2)) || (t1 != t2 && t1 != Unknown && t2 != Unknown))
        {
            Fail(TypeMismatch);
        }

        Push(t1 == Unknown ? t2 : t1);
    }

    private void SelectTyped(ref WasmReader reader)
    {
        var count = reader.ReadVarU32();
        var type = Unknown;
        for (var i = 0u; i < count; i++)
        {
            type = TypeDecoder.ReadValueType(ref reader);
        }

        if (count != 1)
        {
            Fail(SelectArity);
        }

        ModuleValidator.CheckNotSimd(type, _at);
        Pop(ValueType.I32);
        Pop(type);
        Pop(type);
        Push(type);
    }

    private ValueType LocalType(uint index)
    {
        if (index >= (uint)_localCount)
        {
            Fail(Unknown("local", index));
        }

        return _locals[index];
    }

    private void Global(Opcode opcode, uint index)
    {
        if (index >= (uint)_globals.Length)
        {
            Fail(Unknown("global", index));
        }

        var global = _globals[index];
        if (opcode == Opcode.GlobalGet)
        {
            Push(global.Type);
            return;
        }

        if (!global.Mutable)
        {
            Fail(GlobalImmutable);
        }

        Pop(global.Type);
    }

    private void MemoryAccess(ref WasmReader reader, in OpcodeInfo info)
    {
        InstructionDecoder.ReadMemArg(ref reader, out var alignLog2);
        Memory();
        if (alignLog2 > info.AccessLog2)
        {
            Fail(Alignment);
        }

        if (info.Operand2 != 0)
        {
            Pop(info.Operand2);
            Pop(ValueType.I32);
        }
        else
        {
            Pop(ValueType.I32);
            Push(info.Result);
        }
    }

    private void MiscInstruction(ref WasmReader reader)
    {
        var sub = reader.ReadVarU32();
        var info = OpcodeTable.Misc(sub);
        if (info.Immediate == ImmediateKind.Illegal)
        {
            Malformed("illegal opcode");
        }

        if (info.HasSignature)
        {
            Pop(info.Operand1);
            Push(info.Result);
            return;
        }

        switch ((Opcode)(0xFC00 | sub))
        {
            case Opcode.MemoryInit:
                var segment = reader.ReadVarU32();
                InstructionDecoder.ReadZeroByte(ref reader);
                Memory();
                DataSegment(segment);
                PopI32s(3);
                break;
            case Opcode.DataDrop:
                DataSegment(reader.ReadVarU32());
                break;
            case Opcode.MemoryCopy:
                InstructionDecoder.ReadZeroByte(ref reader);
                InstructionDecoder.ReadZeroByte(ref reader);
                Memory();
                PopI32s(3);
                break;
            case Opcode.MemoryFill:
                InstructionDecoder.ReadZeroByte(ref reader);
                Memory();
                PopI32s(3);
                break;
            default:
                TableInstruction(ref reader, (Opcode)(0xFC00 | sub));
                break;
        }
    }

    private void TableInstruction(ref WasmReader reader, Opcode opcode)
    {
        switch (opcode)
        {
            case Opcode.TableInit:
                var segment = reader.ReadVarU32();
                var table = Table(reader.ReadVarU32());
                if (table.ElementType != Element(segment))
                {
                    Fail(TypeMismatch);
                }

                PopI32s(3);
                break;
            case Opcode.ElemDrop:
                Element(reader.ReadVarU32());
                break;
            case Opcode.TableCopy:
                var destination = Table(reader.ReadVarU32());
                var source = Table(reader.ReadVarU32());
                if (destination.ElementType != source.ElementType)
                {
                    Fail(TypeMismatch);
                }

                PopI32s(3);
                break;
            case Opcode.TableGrow:
                var growType = Table(reader.ReadVarU32()).ElementType;
                Pop(ValueType.I32);
                Pop(growType);
                Push(ValueType.I32);
                break;
            case Opcode.TableSize:
                Table(reader.ReadVarU32());
                Push(ValueType.I32);
                break;
            default:
                var fillType = Table(reader.ReadVarU32()).ElementType;
                Pop(ValueType.I32);
                Pop(fillType);
                Pop(ValueType.I32);
                break;
        }
    }

    private void PopI32s(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Pop(ValueType.I32);
        }
    }

    private TableType Table(uint index)
    {
        if (index >= (uint)_tables.Length)
        {
            Fail(Unknown("table", index));
        }

        return _tables[index];
    }

    private void Memory()
    {
        if (_memoryCount == 0)
        {
            Fail(Unknown("memory", 0));
        }
    }

    private ValueType Element(uint index)
    {
        var elements = _module.Elements;
        if (index >= (uint)elements.Length)
        {
            Fail(Unknown("elem segment", index));
        }

        return elements[index].ElementType;
    }

    /// <summary>
    /// Checks a data index against the data count section. Without one this fails as an unknown segment, and the
    /// module-level fallback turns that into "data count section required" when the module has data segments.
    /// </summary>
    private void DataSegment(uint index)
    {
        if (index >= (_module.DataCount ?? 0))
        {
            Fail(Unknown("data segment", index));
        }
    }

    private static bool IsNumberOrUnknown(ValueType type) => type == Unknown || type.IsNumber();
}
