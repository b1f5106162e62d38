using Phasor.Cli.CommandLine;
using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Model;
using Phasor.Wasm.Validation;

namespace Phasor.Cli.Commands;

/// <summary>The `validate` and `inspect` actions of `phasor wasm`: load a module and report on it.</summary>
internal static class WasmModuleFile
{
    /// <summary>`phasor wasm validate MODULE.wasm`: prints "valid", or the located error and exits 1.</summary>
    public static int Validate(string[] arguments, ParsedArgs args, CliContext context)
    {
        var path = arguments[0];
        var module = Decode(path, Read(path));
        try
        {
            ModuleValidator.Validate(module);
        }
        catch (WasmException e)
        {
            throw Report(path, e);
        }

        context.Out.WriteLine($"{path}: valid");
        return ExitCodes.Ok;
    }

    /// <summary>`phasor wasm inspect MODULE.wasm`: sections, imports, exports, functions, memories, tables, names.</summary>
    public static int Inspect(string[] arguments, ParsedArgs args, CliContext context)
    {
        var path = arguments[0];
        var bytes = Read(path);
        var module = Decode(path, bytes);
        string validity;
        try
        {
            ModuleValidator.Validate(module);
            validity = "valid";
        }
        catch (WasmException e)
        {
            validity = e.Located;
        }

        context.Out.Write(WasmInspectText.Describe(path, module, SectionHeader.ReadAll(bytes), validity));
        return ExitCodes.Ok;
    }

    private static byte[] Read(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}': {FileErrors.Reason(e)}");
        }
    }

    private static ModuleDefinition Decode(string path, byte[] bytes)
    {
        try
        {
            return ModuleDecoder.Decode(bytes);
        }
        catch (MalformedModuleException e)
        {
            throw Report(path, e);
        }
    }

    private static UsageException Report(string path, WasmException e) => new($"{path}: {e.Located}", isReport: true);
}
