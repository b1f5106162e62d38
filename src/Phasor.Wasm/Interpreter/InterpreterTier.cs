using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>The interpreter tier: lowers every function of a module to the register IR when the module is compiled.</summary>
internal sealed class InterpreterTier : IExecutionTier
{
    private readonly LoweringOptions _options;

    /// <summary>Creates the tier with the lowering's rewrites as <paramref name="options"/> says.</summary>
    public InterpreterTier(LoweringOptions options) => _options = options;

    /// <inheritdoc/>
    public ITierModule Lower(ModuleDefinition module, int[] typeIds)
    {
        var code = new IrBuilder();
        var lowerer = new FunctionLowerer(module, typeIds, code, _options);
        var functions = GC.AllocateArray<FunctionCode>(module.Code.Length, pinned: true);
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = lowerer.Lower(i);
        }

        return new InterpreterModule(module, code.ToPinnedArray(), functions);
    }
}
