using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;
using static Phasor.Wasm.Validation.ValidationMessages;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>
/// Validates initialiser expressions (spec 3.3.10): first that every instruction is constant (a <c>*.const</c>,
/// <c>ref.null</c>, <c>ref.func</c>, or <c>global.get</c> of an imported immutable global, as Wasm 2.0 allows), then
/// that the expression produces exactly one value of the expected type. Also collects the functions that
/// initialisers, element segments and exports mention: the ones <c>ref.func</c> may name in code (spec 3.4.10).
/// </summary>
internal sealed class ConstantExpressionValidator
{
    private readonly ModuleDefinition _module;
    private readonly GlobalType[] _globals;
    private readonly int _importedGlobals;
    private readonly int _functionCount;

    /// <summary>Creates a validator for <paramref name="module"/>'s initialisers.</summary>
    public ConstantExpressionValidator(ModuleDefinition module)
    {
        _module = module;
        _globals = module.Globals;
        _importedGlobals = module.ImportedGlobalCount;
        _functionCount = module.FunctionTypes.Length;
    }

    /// <summary>Checks that <paramref name="expression"/> is constant and produces one <paramref name="expected"/>.</summary>
    public void Check(ConstantExpression expression, ValueType expected)
    {
        foreach (var instruction in expression.Instructions)
        {
            CheckConstant(instruction, expression.Offset);
        }

        if (expression.Instructions.Length != 1 || TypeOf(expression.Instructions[0], expression.Offset) != expected)
        {
            throw new InvalidModuleException(TypeMismatch, expression.Offset);
        }
    }

    /// <summary>Gets, per function index, whether something outside the code mentions it (C.refs).</summary>
    public bool[] DeclaredReferences()
    {
        var declared = new bool[_functionCount];
        foreach (var export in _module.Exports)
        {
            if (export.Kind == ExternalKind.Function && export.Index < declared.Length)
            {
                declared[export.Index] = true;
            }
        }

        foreach (var global in _module.DefinedGlobals)
        {
            Mark(declared, global.Init);
        }

        foreach (var segment in _module.Elements)
        {
            foreach (var item in segment.Items)
            {
                Mark(declared, item);
            }
        }

        return declared;
    }

    private static void Mark(bool[] declared, ConstantExpression expression)
    {
        foreach (var instruction in expression.Instructions)
        {
            if (instruction.Opcode == Opcode.RefFunc && instruction.Immediate < (ulong)declared.Length)
            {
                declared[instruction.Immediate] = true;
            }
        }
    }

    private void CheckConstant(ConstantInstruction instruction, int offset)
    {
        switch (instruction.Opcode)
        {
            case Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const or Opcode.RefNull or Opcode.RefFunc:
                return;
            case Opcode.GlobalGet:
                // Only imported globals are in scope for initialisers in Wasm 2.0.
                var index = instruction.Immediate;
                if (index >= (ulong)_importedGlobals)
                {
                    throw new InvalidModuleException(Unknown("global", (uint)index), offset);
                }

                if (_globals[index].Mutable)
                {
                    throw new InvalidModuleException(ConstantRequired, offset);
                }

                return;
            default:
                throw new InvalidModuleException(ConstantRequired, offset);
        }
    }

    private ValueType TypeOf(ConstantInstruction instruction, int offset)
    {
        switch (instruction.Opcode)
        {
            case Opcode.I32Const:
                return ValueType.I32;
            case Opcode.I64Const:
                return ValueType.I64;
            case Opcode.F32Const:
                return ValueType.F32;
            case Opcode.F64Const:
                return ValueType.F64;
            case Opcode.RefNull:
                return (ValueType)instruction.Immediate;
            case Opcode.RefFunc:
                if (instruction.Immediate >= (ulong)_functionCount)
                {
                    throw new InvalidModuleException(Unknown("function", (uint)instruction.Immediate), offset);
                }

                return ValueType.FuncRef;
            default:
                return _globals[instruction.Immediate].Type;
        }
    }
}
