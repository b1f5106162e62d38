using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>The interpreter tier: lowers every function of a module to the register IR when the module is compiled.</summary>
internal sealed class InterpreterTier : IExecutionTier
{
    /// <inheritdoc/>
    public ITierModule Lower(ModuleDefinition module, int[] typeIds)
    {
        var code = new IrBuilder();
        var lowerer = new FunctionLowerer(module, typeIds, code);
        var functions = GC.AllocateArray<FunctionCode>(module.Code.Length, pinned: true);
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = lowerer.Lower(i);
        }

        return new InterpreterModule(module, code.ToPinnedArray(), functions);
    }
}
