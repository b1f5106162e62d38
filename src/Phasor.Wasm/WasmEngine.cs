using Phasor.Wasm.Binary;
using Phasor.Wasm.Interpreter;
using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using Phasor.Wasm.Validation;

namespace Phasor.Wasm;

/// <summary>
/// The entry point of the Wasm engine: compiles modules for one execution tier (chosen by
/// <see cref="WasmEngineOptions.Tier"/>). Thread-safe; modules it compiles can be instantiated in any of its stores.
/// </summary>
public sealed class WasmEngine
{
    /// <summary>Creates an engine.</summary>
    public WasmEngine(WasmEngineOptions? options = null)
    {
        Options = options ?? new WasmEngineOptions();
        Tier = Options.Tier switch
        {
            WasmTier.Interpreter => new InterpreterTier(Options.Lowering),
            _ => throw new ArgumentOutOfRangeException(nameof(options), Options.Tier, "unknown tier"),
        };
    }

    /// <summary>Gets the configuration.</summary>
    public WasmEngineOptions Options { get; }

    /// <summary>Gets the engine-wide signature ids.</summary>
    internal TypeRegistry Types { get; } = new();

    /// <summary>Gets the tier modules are lowered for.</summary>
    internal IExecutionTier Tier { get; }

    /// <summary>Decodes, validates and lowers a module (spec 5, 3); the module keeps <paramref name="bytes"/>.</summary>
    /// <exception cref="Errors.MalformedModuleException">The bytes are not a well-formed module.</exception>
    /// <exception cref="Errors.InvalidModuleException">The module breaks a validation rule.</exception>
    public CompiledModule Compile(ReadOnlyMemory<byte> bytes)
    {
        var module = ModuleDecoder.Decode(bytes);
        ModuleValidator.Validate(module);
        return CompileValidated(module);
    }

    /// <summary>Lowers a module that has been decoded and validated.</summary>
    internal CompiledModule CompileValidated(ModuleDefinition module)
    {
        var typeIds = module.Types.Select(Types.Intern).ToArray();
        return new CompiledModule(this, module, typeIds, Tier.Lower(module, typeIds));
    }
}
