using Phasor.Wasm.Runtime;
using Phasor.Wasm.Wasi;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>Runs WASI commands for the tests: compile, link with a <see cref="WasiContext"/>, run <c>_start</c>.</summary>
internal static class WasiPrograms
{
    /// <summary>Gets the folder of the C test programs (tests/wasm-programs).</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Decodes, validates and compiles <paramref name="bytes"/>.</summary>
    public static CompiledModule Compile(WasmEngine engine, byte[] bytes) => engine.Compile(bytes);

    /// <summary>Runs a command module and returns its exit code.</summary>
    public static int Run(byte[] wasm, WasiConfiguration configuration, Action<Store>? setup = null)
    {
        var engine = new WasmEngine();
        var store = new Store(engine);
        setup?.Invoke(store);
        using var wasi = new WasiContext(configuration);
        var linker = new Linker(store);
        wasi.AddTo(linker);
        var instance = linker.Instantiate(Compile(engine, wasm));
        return wasi.RunCommand(instance);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "wasm-programs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/wasm-programs not found above " + AppContext.BaseDirectory);
    }
}
