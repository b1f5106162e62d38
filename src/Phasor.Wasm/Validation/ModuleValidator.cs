using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;
using static Phasor.Wasm.Validation.ValidationMessages;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>
/// Validates a decoded module (spec 3.4): index spaces, limits, initialisers, segments, start, exports, then every
/// function body, in the order the reference interpreter checks them so the first error is the suite's.
/// </summary>
public static class ModuleValidator
{
    [ThreadStatic]
    private static FunctionValidator? t_functionValidator;

    /// <summary>Validates <paramref name="module"/>; returns what lowering can reuse.</summary>
    /// <exception cref="InvalidModuleException">A validation rule is broken.</exception>
    /// <exception cref="MalformedModuleException">A function body is malformed (the decoder leaves bodies to the validator).</exception>
    public static ValidationResult Validate(ModuleDefinition module)
    {
        try
        {
            return ValidateInOrder(module);
        }
        catch (WasmException)
        {
            // A malformed body is reported before any invalidity, as a decoder that decodes bodies in place would.
            CodeScanner.ScanAll(module, module.Code, checkDataCount: true);
            throw;
        }
    }

    private static ValidationResult ValidateInOrder(ModuleDefinition module)
    {
        CheckTypes(module);
        CheckImports(module);
        CheckFunctionTypeIndices(module);
        foreach (var table in module.DefinedTables)
        {
            CheckLimits(table.Limits, uint.MaxValue, null, module.SectionOffsets[(int)SectionId.Table]);
        }

        foreach (var memory in module.DefinedMemories)
        {
            CheckLimits(memory.Limits, MemoryType.MaxPages, MemorySize, module.SectionOffsets[(int)SectionId.Memory]);
        }

        var constants = new ConstantExpressionValidator(module);
        foreach (var global in module.DefinedGlobals)
        {
            CheckNotSimd(global.Type.Type, global.Init.Offset);
            constants.Check(global.Init, global.Type.Type);
        }

        CheckElements(module, constants);
        CheckData(module, constants);
        var summaries = CheckFunctions(module, constants.DeclaredReferences());
        CheckStart(module);
        CheckExports(module);
        if (module.Memories.Length > 1)
        {
            throw new InvalidModuleException(MultipleMemories, module.SectionOffsets[(int)SectionId.Memory]);
        }

        return new ValidationResult(summaries);
    }

    private static FunctionSummary[] CheckFunctions(ModuleDefinition module, bool[] declaredReferences)
    {
        var validator = t_functionValidator ??= new FunctionValidator();
        var summaries = new FunctionSummary[module.Code.Length];
        validator.Begin(module, declaredReferences);
        try
        {
            for (var i = 0; i < summaries.Length; i++)
            {
                summaries[i] = validator.Validate(i);
            }
        }
        finally
        {
            validator.Finish();
        }

        return summaries;
    }

    private static void CheckTypes(ModuleDefinition module)
    {
        foreach (var type in module.Types)
        {
            foreach (var t in type.Parameters)
            {
                CheckNotSimd(t, module.SectionOffsets[(int)SectionId.Type]);
            }

            foreach (var t in type.Results)
            {
                CheckNotSimd(t, module.SectionOffsets[(int)SectionId.Type]);
            }
        }
    }

    private static void CheckImports(ModuleDefinition module)
    {
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternalKind.Function:
                    CheckTypeIndex(module, import.FunctionTypeIndex, import.Offset);
                    break;
                case ExternalKind.Table:
                    CheckLimits(import.Table.Limits, uint.MaxValue, null, import.Offset);
                    break;
                case ExternalKind.Memory:
                    CheckLimits(import.Memory.Limits, MemoryType.MaxPages, MemorySize, import.Offset);
                    break;
                case ExternalKind.Global:
                    CheckNotSimd(import.Global.Type, import.Offset);
                    break;
            }
        }
    }

    private static void CheckFunctionTypeIndices(ModuleDefinition module)
    {
        foreach (var index in module.FunctionTypeIndices)
        {
            CheckTypeIndex(module, index, module.SectionOffsets[(int)SectionId.Function]);
        }
    }

    private static void CheckTypeIndex(ModuleDefinition module, uint index, int offset)
    {
        if (index >= module.Types.Length)
        {
            throw new InvalidModuleException(Unknown("type", index), offset);
        }
    }

    private static void CheckLimits(Limits limits, uint range, string? rangeMessage, int offset)
    {
        if (rangeMessage is not null && (limits.Min > range || limits.Max > range))
        {
            throw new InvalidModuleException(rangeMessage, offset);
        }

        if (limits.Max is { } max && limits.Min > max)
        {
            throw new InvalidModuleException(LimitsOrder, offset);
        }
    }

    private static void CheckElements(ModuleDefinition module, ConstantExpressionValidator constants)
    {
        foreach (var segment in module.Elements)
        {
            foreach (var item in segment.Items)
            {
                constants.Check(item, segment.ElementType);
            }

            if (segment.Mode != SegmentMode.Active)
            {
                continue;
            }

            var offset = segment.Offset!.Offset;
            if (segment.TableIndex >= module.Tables.Length)
            {
                throw new InvalidModuleException(Unknown("table", segment.TableIndex), offset);
            }

            constants.Check(segment.Offset, ValueType.I32);
            if (module.Tables[segment.TableIndex].ElementType != segment.ElementType)
            {
                throw new InvalidModuleException(TypeMismatch, offset);
            }
        }
    }

    private static void CheckData(ModuleDefinition module, ConstantExpressionValidator constants)
    {
        foreach (var segment in module.Data)
        {
            if (segment.Mode != SegmentMode.Active)
            {
                continue;
            }

            if (segment.MemoryIndex >= module.Memories.Length)
            {
                throw new InvalidModuleException(Unknown("memory", segment.MemoryIndex), segment.Offset!.Offset);
            }

            constants.Check(segment.Offset!, ValueType.I32);
        }
    }

    private static void CheckStart(ModuleDefinition module)
    {
        if (module.Start is not { } start)
        {
            return;
        }

        var offset = module.SectionOffsets[(int)SectionId.Start];
        if (start >= module.FunctionTypes.Length)
        {
            throw new InvalidModuleException(Unknown("function", start), offset);
        }

        var type = module.FunctionTypes[start];
        if (type.Parameters.Length != 0 || type.Results.Length != 0)
        {
            throw new InvalidModuleException(StartFunction, offset);
        }
    }

    private static void CheckExports(ModuleDefinition module)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in module.Exports)
        {
            var (space, count) = export.Kind switch
            {
                ExternalKind.Function => ("function", module.FunctionTypes.Length),
                ExternalKind.Table => ("table", module.Tables.Length),
                ExternalKind.Memory => ("memory", module.Memories.Length),
                _ => ("global", module.Globals.Length),
            };
            if (export.Index >= count)
            {
                throw new InvalidModuleException(Unknown(space, export.Index), export.Offset);
            }

            if (!names.Add(export.Name))
            {
                throw new InvalidModuleException(DuplicateExport, export.Offset);
            }
        }
    }

    /// <summary>Rejects v128, which this tier decodes but does not run.</summary>
    internal static void CheckNotSimd(ValueType type, int offset)
    {
        if (type == ValueType.V128)
        {
            throw new InvalidModuleException(Simd, offset);
        }
    }
}
