namespace Phasor.Wasm.Runtime;

/// <summary>
/// A module's code as one execution tier prepared it (the interpreter's IR; later, IL). Shared by every instance of
/// the module; instance state is passed in. This and <see cref="IExecutionTier"/> are the whole contract between the
/// runtime and a tier, so the spec suite runs unchanged on each tier.
/// </summary>
internal unsafe interface ITierModule
{
    /// <summary>
    /// Runs defined function <paramref name="definedIndex"/> of <paramref name="instance"/>. Its arguments are in the
    /// store's value stack at <paramref name="args"/> (slot bits); its results replace them, slot 0 upward. The
    /// callee may use the stack above <paramref name="args"/>. Throws <see cref="TrapException"/> on a trap.
    /// </summary>
    void Invoke(Instance instance, int definedIndex, ulong* args);
}

/// <summary>An execution tier: turns a validated module into code an <see cref="ITierModule"/> runs.</summary>
internal interface IExecutionTier
{
    /// <summary>Prepares the code of <paramref name="module"/>, whose signatures have the engine-wide ids <paramref name="typeIds"/>.</summary>
    ITierModule Lower(Model.ModuleDefinition module, int[] typeIds);
}
