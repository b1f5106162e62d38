using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// Instantiation in the order of spec 4.5.4 (Wasm 2.0): resolve and type-check imports, allocate functions,
/// globals (initialisers evaluated in order), tables and memories, evaluate element segments, then apply active
/// element segments, then active data segments (each a bounds-checked <c>table.init</c>/<c>memory.init</c> followed
/// by a drop, so a trap leaves earlier segments written), drop declarative ones, and run <c>start</c>.
/// </summary>
internal static unsafe class Instantiator
{
    /// <summary>Instantiates <paramref name="module"/> in <paramref name="store"/>.</summary>
    public static Instance Instantiate(Store store, CompiledModule module, Linker? imports)
    {
        if (!ReferenceEquals(module.Engine, store.Engine))
        {
            throw new ArgumentException("the module was compiled by another engine", nameof(module));
        }

        var def = module.Definition;
        var instance = new Instance(store, module);
        Link(store, module, imports, instance);
        instance.Globals = [.. instance.Globals, .. def.DefinedGlobals.Select(g => new GlobalInstance(store, g.Type, 0))];
        for (var i = 0; i < def.DefinedGlobals.Length; i++)
        {
            instance.Globals[def.ImportedGlobalCount + i].Bits = Evaluate(def.DefinedGlobals[i].Init, instance);
        }

        instance.Tables = [.. instance.Tables, .. def.DefinedTables.Select(t => new TableInstance(store, t, 0))];
        instance.Memories = [.. instance.Memories, .. def.DefinedMemories.Select(m => new MemoryInstance(store, m))];
        foreach (var export in def.Exports)
        {
            instance.ExportMap[export.Name] = ExportOf(instance, export);
        }

        instance.ElementSegments = [.. def.Elements.Select(e => e.Items.Select(item => Evaluate(item, instance)).ToArray())];
        instance.DataSegments = [.. def.Data.Select(d => d.Data)];
        ApplyElements(def, instance);
        ApplyData(def, instance);
        if (def.Start is { } start)
        {
            var f = instance.Functions[start];
            store.RunFromHost(f, store.EnterFromHost(f));
        }

        return instance;
    }

    /// <summary>Evaluates a validated constant expression to slot bits (spec 4.4.10).</summary>
    internal static ulong Evaluate(ConstantExpression expression, Instance instance)
    {
        var result = 0UL;
        foreach (var ins in expression.Instructions)
        {
            result = ins.Opcode switch
            {
                Opcode.I32Const or Opcode.F32Const => (uint)ins.Immediate,
                Opcode.I64Const or Opcode.F64Const => ins.Immediate,
                Opcode.RefNull => 0,
                Opcode.RefFunc => instance.Functions[(int)ins.Immediate].Handle,
                Opcode.GlobalGet => instance.Globals[(int)ins.Immediate].Bits,
                _ => throw new InvalidOperationException($"{ins.Opcode} in a constant expression passed validation"),
            };
        }

        return result;
    }

    private static void Link(Store store, CompiledModule module, Linker? imports, Instance instance)
    {
        var def = module.Definition;
        var functions = new List<FunctionInstance>();
        var tables = new List<TableInstance>();
        var memories = new List<MemoryInstance>();
        var globals = new List<GlobalInstance>();
        foreach (var import in def.Imports)
        {
            if (imports is null || !imports.TryGet(import.Module, import.Name, out var item))
            {
                throw new LinkException("unknown import", import.Module, import.Name);
            }

            if (!ReferenceEquals(item.Store, store))
            {
                throw new ArgumentException($"import \"{import.Module}\" \"{import.Name}\" belongs to another store");
            }

            if (!Matches(def, import, item))
            {
                throw new LinkException("incompatible import type", import.Module, import.Name);
            }

            switch (item)
            {
                case FunctionInstance f: functions.Add(f); break;
                case TableInstance t: tables.Add(t); break;
                case MemoryInstance m: memories.Add(m); break;
                case GlobalInstance g: globals.Add(g); break;
            }
        }

        for (var i = 0; i < def.FunctionTypeIndices.Length; i++)
        {
            var typeIndex = def.FunctionTypeIndices[i];
            functions.Add(new FunctionInstance(store, def.Types[typeIndex], module.TypeIds[typeIndex], instance, i, null));
        }

        instance.Functions = [.. functions];
        instance.Tables = [.. tables];
        instance.Memories = [.. memories];
        instance.Globals = [.. globals];
    }

    /// <summary>Import matching (spec 4.5.3): exact function and global types, limits as subtypes.</summary>
    private static bool Matches(ModuleDefinition def, Import import, Extern item) => (import.Kind, item) switch
    {
        (ExternalKind.Function, FunctionInstance f) => f.Type.Equals(def.Types[import.FunctionTypeIndex]),
        (ExternalKind.Table, TableInstance t) => t.ElementType == import.Table.ElementType && LimitsMatch(t.Size, t.DeclaredMax, import.Table.Limits),
        (ExternalKind.Memory, MemoryInstance m) => LimitsMatch(m.Pages, m.DeclaredMax, import.Memory.Limits),
        (ExternalKind.Global, GlobalInstance g) => g.Type == import.Global,
        _ => false,
    };

    private static bool LimitsMatch(uint size, uint? max, Limits expected) =>
        size >= expected.Min && (expected.Max is not { } expectedMax || (max is { } actualMax && actualMax <= expectedMax));

    private static Extern ExportOf(Instance instance, Export export) => export.Kind switch
    {
        ExternalKind.Function => instance.Functions[export.Index],
        ExternalKind.Table => instance.Tables[export.Index],
        ExternalKind.Memory => instance.Memories[export.Index],
        _ => instance.Globals[export.Index],
    };

    private static void ApplyElements(ModuleDefinition def, Instance instance)
    {
        for (var i = 0; i < def.Elements.Length; i++)
        {
            var segment = def.Elements[i];
            if (segment.Mode == SegmentMode.Active)
            {
                var offset = (uint)Evaluate(segment.Offset!, instance);
                var table = instance.Tables[segment.TableIndex];
                var items = instance.ElementSegments[i];
                if ((ulong)offset + (ulong)items.Length > table.Size)
                {
                    throw new TrapException(TrapKind.OutOfBoundsTableAccess);
                }

                items.CopyTo(table.Elements, (int)offset);
            }

            if (segment.Mode != SegmentMode.Passive)
            {
                instance.ElementSegments[i] = [];
            }
        }
    }

    private static void ApplyData(ModuleDefinition def, Instance instance)
    {
        for (var i = 0; i < def.Data.Length; i++)
        {
            var segment = def.Data[i];
            if (segment.Mode != SegmentMode.Active)
            {
                continue;
            }

            var offset = (uint)Evaluate(segment.Offset!, instance);
            var memory = instance.Memories[segment.MemoryIndex];
            if ((ulong)offset + (ulong)segment.Data.Length > memory.Length64)
            {
                throw new TrapException(TrapKind.OutOfBoundsMemoryAccess);
            }

            segment.Data.Span.CopyTo(memory.Span[(int)offset..]);
            instance.DataSegments[i] = ReadOnlyMemory<byte>.Empty;
        }
    }
}
