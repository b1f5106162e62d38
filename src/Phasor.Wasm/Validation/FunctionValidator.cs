using Phasor.Wasm.Binary;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;
using static Phasor.Wasm.Validation.ValidationMessages;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>
/// Validates function bodies (spec 3.3, with the algorithm of appendix 7.3): one pass over the instructions with an
/// operand stack of types, where operands missing in unreachable code have an unknown type, and a control stack of
/// blocks. Also reads the instructions' format, so body format errors surface here (see <see cref="ModuleDecoder"/>).
/// One instance is reused for every function of a module, and across modules on one thread; it allocates only to
/// grow its stacks.
/// </summary>
internal sealed partial class FunctionValidator
{
    private static readonly ValueType[] s_none = [];
    private static readonly ValueType[][] s_single = BuildSingleTypes();

    private ModuleDefinition _module = null!;
    private FuncType[] _types = [];
    private FuncType[] _functionTypes = [];
    private GlobalType[] _globals = [];
    private TableType[] _tables = [];
    private bool[] _declaredReferences = [];
    private int _memoryCount;
    private ValueType[] _locals = new ValueType[16];
    private int _localCount;

    /// <summary>Prepares to validate the bodies of <paramref name="module"/>.</summary>
    public void Begin(ModuleDefinition module, bool[] declaredReferences)
    {
        _module = module;
        _types = module.Types;
        _functionTypes = module.FunctionTypes;
        _globals = module.Globals;
        _tables = module.Tables;
        _memoryCount = module.Memories.Length;
        _declaredReferences = declaredReferences;
    }

    /// <summary>Drops the module after the last function, so a cached validator does not keep it alive.</summary>
    public void Finish()
    {
        _module = null!;
        _types = _functionTypes = [];
        _globals = [];
        _tables = [];
        _declaredReferences = [];
    }

    /// <summary>Validates defined function <paramref name="index"/> (0 = the first body of the code section).</summary>
    public FunctionSummary Validate(int index)
    {
        var body = _module.Code[index];
        var type = _types[_module.FunctionTypeIndices[index]];
        _function = _module.ImportedFunctionCount + index;
        _at = body.CodeOffset;
        SetLocals(type, body);
        _height = _maxHeight = _depth = _maxDepth = 0;
        PushFrame(Opcode.Block, s_none, type.Results);
        var reader = new WasmReader(body.Code.Span, body.CodeOffset, bounded: true);
        var count = 0;
        while (_depth > 0)
        {
            _at = reader.Offset;
            count++;
            var b = reader.ReadByte();
            ref readonly var info = ref OpcodeTable.Single(b);
            if (info.Immediate == ImmediateKind.None && info.HasSignature)
            {
                // Numeric operators and conversions: typed from the table alone.
                if (info.Operand2 != 0)
                {
                    Pop(info.Operand2);
                }

                Pop(info.Operand1);
                Push(info.Result);
                continue;
            }

            Instruction(ref reader, b, info);
        }

        if (!reader.AtEnd)
        {
            _at = reader.Offset;
            Malformed("section size mismatch");
        }

        return new FunctionSummary(_maxHeight, _maxDepth, count);
    }

    private void SetLocals(FuncType type, FunctionBody body)
    {
        _localCount = type.Parameters.Length + (int)body.LocalCount;
        if (_locals.Length < _localCount)
        {
            _locals = new ValueType[Math.Max(_localCount, _locals.Length * 2)];
        }

        type.Parameters.CopyTo(_locals, 0);
        var next = type.Parameters.Length;
        foreach (var group in body.Locals)
        {
            ModuleValidator.CheckNotSimd(group.Type, body.CodeOffset);
            _locals.AsSpan(next, (int)group.Count).Fill(group.Type);
            next += (int)group.Count;
        }
    }

    /// <summary>
    /// Types one instruction other than the fixed-signature ones. One switch over the opcode byte (a jump table),
    /// as in an interpreter's dispatch loop: the deliberate exception to the short-method rule.
    /// </summary>
    private void Instruction(ref WasmReader reader, byte b, in OpcodeInfo info)
    {
        switch ((Opcode)b)
        {
            case Opcode.Unreachable:
                SetUnreachable();
                break;
            case Opcode.Nop:
                break;
            case Opcode.Block or Opcode.Loop or Opcode.If:
                Block(ref reader, (Opcode)b);
                break;
            case Opcode.Else:
                Else();
                break;
            case Opcode.End:
                EndBlock();
                break;
            case Opcode.Br:
                PopAll(Label(reader.ReadVarU32()).LabelTypes);
                SetUnreachable();
                break;
            case Opcode.BrIf:
                BrIf(reader.ReadVarU32());
                break;
            case Opcode.BrTable:
                BrTable(ref reader);
                break;
            case Opcode.Return:
                PopAll(_frames[0].End);
                SetUnreachable();
                break;
            case Opcode.Call:
                Call(reader.ReadVarU32());
                break;
            case Opcode.CallIndirect:
                CallIndirect(reader.ReadVarU32(), reader.ReadVarU32());
                break;
            case Opcode.Drop:
                Pop();
                break;
            case Opcode.Select:
                Select();
                break;
            case Opcode.SelectTyped:
                SelectTyped(ref reader);
                break;
            case Opcode.LocalGet:
                Push(LocalType(reader.ReadVarU32()));
                break;
            case Opcode.LocalSet:
                Pop(LocalType(reader.ReadVarU32()));
                break;
            case Opcode.LocalTee:
                var teeType = LocalType(reader.ReadVarU32());
                Pop(teeType);
                Push(teeType);
                break;
            case Opcode.GlobalGet or Opcode.GlobalSet:
                Global((Opcode)b, reader.ReadVarU32());
                break;
            case Opcode.TableGet or Opcode.TableSet:
                TableAccess((Opcode)b, reader.ReadVarU32());
                break;
            case >= Opcode.I32Load and <= Opcode.I64Store32:
                MemoryAccess(ref reader, info);
                break;
            case Opcode.MemorySize or Opcode.MemoryGrow:
                MemorySizeOrGrow(ref reader, (Opcode)b);
                break;
            case Opcode.I32Const:
                reader.ReadVarS32();
                Push(ValueType.I32);
                break;
            case Opcode.I64Const:
                reader.ReadVarS64();
                Push(ValueType.I64);
                break;
            case Opcode.F32Const:
                reader.Skip(4);
                Push(ValueType.F32);
                break;
            case Opcode.F64Const:
                reader.Skip(8);
                Push(ValueType.F64);
                break;
            case Opcode.RefNull:
                Push(TypeDecoder.ReadReferenceType(ref reader));
                break;
            case Opcode.RefIsNull:
                RefIsNull();
                break;
            case Opcode.RefFunc:
                RefFunc(reader.ReadVarU32());
                break;
            case (Opcode)OpcodeNames.MiscPrefix:
                MiscInstruction(ref reader);
                break;
            default:
                Malformed(b == 0xFD ? "illegal opcode (SIMD is not supported)" : "illegal opcode");
                break;
        }
    }

    private void Block(ref WasmReader reader, Opcode kind)
    {
        ReadBlockType(ref reader, out var start, out var end);
        if (kind == Opcode.If)
        {
            Pop(ValueType.I32);
        }

        PopAll(start);
        PushFrame(kind, start, end);
    }

    private void BrIf(uint label)
    {
        Pop(ValueType.I32);
        var types = Label(label).LabelTypes;
        PopAll(types);
        PushAll(types);
    }

    private void Call(uint function)
    {
        if (function >= (uint)_functionTypes.Length)
        {
            Fail(Unknown("function", function));
        }

        var type = _functionTypes[function];
        PopAll(type.Parameters);
        PushAll(type.Results);
    }

    private void CallIndirect(uint typeIndex, uint tableIndex)
    {
        var table = Table(tableIndex);
        if (typeIndex >= (uint)_types.Length)
        {
            Fail(Unknown("type", typeIndex));
        }

        if (table.ElementType != ValueType.FuncRef)
        {
            Fail(TypeMismatch);
        }

        var type = _types[typeIndex];
        Pop(ValueType.I32);
        PopAll(type.Parameters);
        PushAll(type.Results);
    }

    private void Else()
    {
        if (_frames[_depth - 1].Kind != Opcode.If)
        {
            // Only an `if` may hold an `else`: anywhere else the block was expected to end here.
            Malformed("END opcode expected");
        }

        var frame = PopFrame();
        PushFrame(Opcode.Else, frame.Start, frame.End);
    }

    private void EndBlock()
    {
        var frame = PopFrame();
        if (frame.Kind == Opcode.If && !frame.Start.AsSpan().SequenceEqual(frame.End))
        {
            // An `if` without `else` passes its parameters through the missing branch.
            Fail(TypeMismatch);
        }

        PushAll(frame.End);
    }

    private void BrTable(ref WasmReader reader)
    {
        var count = reader.ReadVarU32();
        var labels = reader;
        for (var i = 0u; i < count; i++)
        {
            reader.ReadVarU32();
        }

        var defaultTypes = Label(reader.ReadVarU32()).LabelTypes;
        Pop(ValueType.I32);
        for (var i = 0u; i < count; i++)
        {
            var types = Label(labels.ReadVarU32()).LabelTypes;
            if (types.Length != defaultTypes.Length)
            {
                Fail(TypeMismatch);
            }

            PopAndRestore(types);
        }

        PopAll(defaultTypes);
        SetUnreachable();
    }

    private void ReadBlockType(ref WasmReader reader, out ValueType[] start, out ValueType[] end)
    {
        var value = reader.ReadVarS33();
        start = s_none;
        if (value == -64)
        {
            end = s_none;
        }
        else if (value < 0)
        {
            var b = (byte)(value & 0x7F);
            if (value < -64 || !ValueTypes.IsDefined(b))
            {
                Malformed("malformed value type");
            }

            ModuleValidator.CheckNotSimd((ValueType)b, _at);
            end = s_single[b];
        }
        else
        {
            if (value >= _types.Length)
            {
                Fail(Unknown("type", (uint)value));
            }

            start = _types[value].Parameters;
            end = _types[value].Results;
        }
    }

    private static ValueType[][] BuildSingleTypes()
    {
        var single = new ValueType[128][];
        foreach (var type in Enum.GetValues<ValueType>())
        {
            single[(byte)type] = [type];
        }

        return single;
    }
}
