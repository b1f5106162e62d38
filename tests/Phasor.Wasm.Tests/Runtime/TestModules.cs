using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Runtime;

/// <summary>Loads the test modules in <c>Runtime/Modules</c> (built from their <c>.wat</c> by <c>build.sh</c>).</summary>
internal static class TestModules
{
    /// <summary>Gets the bytes of <paramref name="name"/>.wasm.</summary>
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Runtime", "Modules", name + ".wasm"));

    /// <summary>Compiles <paramref name="name"/>.wasm with a fresh interpreter engine.</summary>
    public static CompiledModule Compile(string name, WasmEngine? engine = null) =>
        (engine ?? new WasmEngine()).Compile(Bytes(name));

    /// <summary>Instantiates <paramref name="name"/>.wasm in a new store, with imports defined by <paramref name="define"/>.</summary>
    public static Instance Instantiate(string name, Action<Linker>? define = null, StoreLimits? limits = null)
    {
        var module = Compile(name);
        var store = new Store(module.Engine, limits);
        var linker = new Linker(store);
        define?.Invoke(linker);
        return linker.Instantiate(module);
    }
}
