using System.Globalization;
using Phasor.Cli.CommandLine;
using Phasor.Wasm;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Runtime;
using Phasor.Wasm.Wasi;

namespace Phasor.Cli.Commands;

/// <summary>
/// The `run` action of `phasor wasm`: runs a WASI command's <c>_start</c> and exits with the guest's code, or calls
/// one export with <c>--invoke NAME</c> and prints its results. A trap prints its message and the function it happened
/// in and exits with <see cref="TrapExitCode"/>; a module that does not decode, validate or link exits 1 with the
/// located message.
/// </summary>
internal static class WasmRun
{
    /// <summary>The exit code after a trap: 128 + SIGABRT, what a native program that aborts (and wasmtime) returns.</summary>
    public const int TrapExitCode = 134;

    /// <summary>The synopsis.</summary>
    public const string Usage = "phasor wasm run MODULE.wasm [ARGS...] [--dir HOST[::GUEST]]... [--env K=V]... [--invoke NAME] [--fuel N]";

    /// <summary>The options of the action.</summary>
    public static IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("dir", null, "HOST[::GUEST]", "run: let the guest use directory HOST, as GUEST (default: the same path); repeatable"),
        new("env", null, "K=V", "run: set environment variable K for the guest; repeatable"),
        new("invoke", null, "NAME", "run: call export NAME with ARGS as its arguments and print its results"),
        new("fuel", null, "N", "run: stop the guest with a trap after about N instructions"),
    ];

    /// <summary>Runs the action; <paramref name="arguments"/> are MODULE.wasm and what follows it.</summary>
    public static int Run(string[] arguments, ParsedArgs args, CliContext context)
    {
        var path = arguments[0];
        var rest = arguments[1..];
        var invoke = args.Text("invoke");
        var configuration = Configure(args, context) with { Arguments = invoke is null ? [Path.GetFileName(path), .. rest] : [Path.GetFileName(path)] };
        var engine = new WasmEngine();
        var module = Compile(engine, path);
        var store = new Store(engine) { Fuel = Fuel(args) };
        using var wasi = new WasiContext(configuration);
        var linker = new Linker(store);
        wasi.AddTo(linker);
        try
        {
            var instance = linker.Instantiate(module);
            return invoke is null ? RunCommand(path, wasi, instance) : Invoke(path, instance, invoke, rest, context);
        }
        catch (WasiExitException exit)
        {
            return exit.ExitCode;
        }
        catch (TrapException trap)
        {
            var where = trap.FunctionName is { } name ? $" in {name} (function {trap.FunctionIndex})" : "";
            context.Err.WriteLine($"{path}: trap{where}: {trap.Message}");
            return TrapExitCode;
        }
        catch (Exception e) when (e is LinkException or ResourceLimitException)
        {
            throw new UsageException($"{path}: {((WasmException)e).Located}", isReport: true);
        }
        finally
        {
            configuration.StandardOutput?.Flush();
            configuration.StandardError?.Flush();
        }
    }

    private static int RunCommand(string path, WasiContext wasi, Instance instance)
    {
        if (instance.GetFunction("_start") is null)
        {
            throw new UsageException($"{path} is not a WASI command (it exports no _start); call an export with --invoke NAME");
        }

        return wasi.RunCommand(instance);
    }

    /// <summary>Calls an export (after a reactor's <c>_initialize</c>) and prints one result per line.</summary>
    private static int Invoke(string path, Instance instance, string name, string[] texts, CliContext context)
    {
        if (instance.GetFunction(name) is not { } function)
        {
            var exports = instance.Exports.Where(e => e.Value is FunctionInstance).Select(e => e.Key).Order(StringComparer.Ordinal);
            throw new UsageException($"{path} exports no function '{name}'; its functions: {string.Join(", ", exports)}");
        }

        var values = WasmValues.Parse(name, function.Type, texts);
        if (instance.GetFunction("_initialize") is { Type.Parameters.Length: 0, Type.Results.Length: 0 } initialize)
        {
            initialize.Invoke([], []);
        }

        foreach (var result in function.Invoke(values))
        {
            context.Out.WriteLine(WasmValues.Format(result));
        }

        return ExitCodes.Ok;
    }

    private static CompiledModule Compile(WasmEngine engine, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{path}': {FileErrors.Reason(e)}");
        }

        try
        {
            return engine.Compile(bytes);
        }
        catch (WasmException e)
        {
            throw new UsageException($"{path}: {e.Located}", isReport: true);
        }
    }

    /// <summary>The guest's world from the options: preopens, environment, and the command's streams.</summary>
    private static WasiConfiguration Configure(ParsedArgs args, CliContext context)
    {
        var preopens = args.All("dir").Select(Preopen).ToList();
        var environment = args.All("env").Select(EnvironmentVariable).ToList();

        // The process's own console gets raw bytes (binary output stays intact); any other writer (tests) gets text.
        var console = ReferenceEquals(context.Out, Console.Out);
        return new WasiConfiguration
        {
            Preopens = preopens,
            Environment = environment,
            StandardInput = console ? Console.OpenStandardInput() : null,
            StandardOutput = console ? Console.OpenStandardOutput() : new TextWriterStream(context.Out),
            StandardError = ReferenceEquals(context.Err, Console.Error) ? Console.OpenStandardError() : new TextWriterStream(context.Err),
        };
    }

    private static WasiPreopen Preopen(string spec)
    {
        WasiPreopen preopen;
        try
        {
            preopen = WasiPreopen.Parse(spec);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--dir {e.Message}");
        }

        return Directory.Exists(preopen.HostPath) ? preopen : throw new UsageException($"--dir {spec}: '{preopen.HostPath}' is not a directory");
    }

    private static KeyValuePair<string, string> EnvironmentVariable(string text)
    {
        var split = text.IndexOf('=', StringComparison.Ordinal);
        return split > 0 ? KeyValuePair.Create(text[..split], text[(split + 1)..]) : throw new UsageException($"--env expects K=V, got '{text}'");
    }

    private static long? Fuel(ParsedArgs args)
    {
        if (args.Text("fuel") is not { } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fuel)
            ? fuel
            : throw new UsageException($"--fuel expects a whole number of instructions, got '{text}'");
    }
}
