using System.Text;
using Phasor.Wasm.Binary;
using Phasor.Wasm.Model;

namespace Phasor.Cli.Commands;

/// <summary>
/// The text of `phasor wasm inspect`: sections with offsets and sizes, imports, exports, functions with their code
/// sizes, tables, memories, globals, segments, start, and names from the name section. Written to cope with an
/// invalid module (indices out of range print as such), since inspecting one is how a user finds out why.
/// </summary>
internal static class WasmInspectText
{
    /// <summary>Describes <paramref name="module"/>; <paramref name="validity"/> is "valid" or the validation error.</summary>
    public static string Describe(string path, ModuleDefinition module, SectionHeader[] sections, string validity)
    {
        var text = new StringBuilder();
        text.Append($"{path}: {module.Bytes.Length} bytes, {validity}\n");
        if (module.Names.ModuleName is { } moduleName)
        {
            text.Append($"module name: {moduleName}\n");
        }

        Sections(text, sections);
        Imports(text, module);
        Exports(text, module);
        Functions(text, module);
        Storage(text, module);
        Segments(text, module);
        return text.ToString();
    }

    private static void Sections(StringBuilder text, SectionHeader[] sections)
    {
        text.Append($"\nsections ({sections.Length}):\n");
        foreach (var s in sections)
        {
            var name = s.CustomName is { } custom ? $"custom \"{custom}\"" : s.Id.ToString().ToLowerInvariant();
            text.Append($"  {(int)s.Id,2}  {name,-24} at 0x{s.Offset:x6}  {s.Size,9} bytes\n");
        }
    }

    private static void Imports(StringBuilder text, ModuleDefinition module)
    {
        text.Append($"\nimports ({module.Imports.Length}):\n");
        foreach (var import in module.Imports)
        {
            var type = import.Kind switch
            {
                ExternalKind.Function => $"type {import.FunctionTypeIndex} {Signature(module, import.FunctionTypeIndex)}",
                ExternalKind.Table => Table(import.Table),
                ExternalKind.Memory => Memory(import.Memory),
                _ => Global(import.Global),
            };
            text.Append($"  {Kind(import.Kind),-8}  {import.Module}.{import.Name}  {type}\n");
        }
    }

    private static void Exports(StringBuilder text, ModuleDefinition module)
    {
        text.Append($"\nexports ({module.Exports.Length}):\n");
        foreach (var export in module.Exports)
        {
            var target = export.Kind == ExternalKind.Function
                ? $"func {export.Index}{Named(module, export.Index)}"
                : $"{Kind(export.Kind)} {export.Index}";
            text.Append($"  {Kind(export.Kind),-8}  \"{export.Name}\"  {target}\n");
        }
    }

    private static void Functions(StringBuilder text, ModuleDefinition module)
    {
        var imported = module.Imports.Count(i => i.Kind == ExternalKind.Function);
        var codeBytes = module.Code.Sum(c => c.Code.Length);
        text.Append($"\nfunctions: {imported} imported, {module.Code.Length} defined, {codeBytes} bytes of code\n");
        for (var i = 0; i < module.Code.Length; i++)
        {
            var index = (uint)(imported + i);
            var body = module.Code[i];
            var typeIndex = i < module.FunctionTypeIndices.Length ? module.FunctionTypeIndices[i] : uint.MaxValue;
            var name = module.Names.Functions.TryGetValue(index, out var n) ? n : "-";
            text.Append($"  func {index,5}  {name,-24} {Signature(module, typeIndex),-28} ")
                .Append($"locals {body.LocalCount,5}  code {body.Code.Length,7} bytes\n");
        }
    }

    private static void Storage(StringBuilder text, ModuleDefinition module)
    {
        var tables = module.Imports.Where(i => i.Kind == ExternalKind.Table).Select(i => Table(i.Table) + $" (imported {i.Module}.{i.Name})")
            .Concat(module.DefinedTables.Select(Table)).ToList();
        var memories = module.Imports.Where(i => i.Kind == ExternalKind.Memory).Select(i => Memory(i.Memory) + $" (imported {i.Module}.{i.Name})")
            .Concat(module.DefinedMemories.Select(Memory)).ToList();
        var globals = module.Imports.Where(i => i.Kind == ExternalKind.Global).Select(i => Global(i.Global) + $" (imported {i.Module}.{i.Name})")
            .Concat(module.DefinedGlobals.Select(g => Global(g.Type))).ToList();
        List("tables", "table", tables, text);
        List("memories", "memory", memories, text);
        List("globals", "global", globals, text);
    }

    private static void Segments(StringBuilder text, ModuleDefinition module)
    {
        var data = module.Data;
        text.Append($"\ndata segments: {data.Length} ({data.Count(d => d.Mode == SegmentMode.Active)} active, ")
            .Append($"{data.Count(d => d.Mode == SegmentMode.Passive)} passive), {data.Sum(d => d.Data.Length)} bytes\n");
        var elements = module.Elements;
        text.Append($"element segments: {elements.Length} ({elements.Count(e => e.Mode == SegmentMode.Active)} active, ")
            .Append($"{elements.Count(e => e.Mode == SegmentMode.Passive)} passive, {elements.Count(e => e.Mode == SegmentMode.Declarative)} declarative), ")
            .Append($"{elements.Sum(e => e.Items.Length)} elements\n");
        if (module.Start is { } start)
        {
            text.Append($"start: func {start}{Named(module, start)}\n");
        }
    }

    private static void List(string title, string kind, List<string> items, StringBuilder text)
    {
        text.Append($"\n{title} ({items.Count}):\n");
        for (var i = 0; i < items.Count; i++)
        {
            text.Append($"  {kind} {i}  {items[i]}\n");
        }
    }

    private static string Named(ModuleDefinition module, uint function) =>
        module.Names.Functions.TryGetValue(function, out var name) ? $" \"{name}\"" : "";

    private static string Signature(ModuleDefinition module, uint typeIndex) =>
        typeIndex < module.Types.Length ? module.Types[typeIndex].ToString() : $"<unknown type {typeIndex}>";

    private static string Kind(ExternalKind kind) => kind switch
    {
        ExternalKind.Function => "func",
        ExternalKind.Table => "table",
        ExternalKind.Memory => "memory",
        _ => "global",
    };

    private static string Table(TableType table) => $"{table.ElementType.Name()} {Range(table.Limits)} elements";

    private static string Memory(MemoryType memory) => $"{Range(memory.Limits)} pages";

    private static string Global(GlobalType global) => (global.Mutable ? "mut " : "") + global.Type.Name();

    private static string Range(Limits limits) => $"{limits.Min}..{(limits.Max is { } max ? max.ToString() : "unbounded")}";
}
