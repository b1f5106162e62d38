using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm;

/// <summary>
/// A decoded, validated module with its code prepared by the engine's tier: compile once, instantiate many times,
/// in any store of the same engine. Immutable and thread-safe.
/// </summary>
public sealed class CompiledModule
{
    internal CompiledModule(WasmEngine engine, ModuleDefinition definition, int[] typeIds, ITierModule code)
    {
        Engine = engine;
        Definition = definition;
        TypeIds = typeIds;
        Code = code;
    }

    /// <summary>Gets the engine that compiled the module.</summary>
    public WasmEngine Engine { get; }

    /// <summary>Gets the decoded module (sections, imports, exports, names).</summary>
    public ModuleDefinition Definition { get; }

    /// <summary>Gets the engine-wide id of each entry of the type section.</summary>
    internal int[] TypeIds { get; }

    /// <summary>Gets the tier's code.</summary>
    internal ITierModule Code { get; }
}
