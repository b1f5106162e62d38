namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// What an engine tier implements to run the suite's execution commands. The <see cref="SpecRunner"/> does the
/// module-level work itself (decode and validate every module, <c>assert_malformed</c>, <c>assert_invalid</c>) and
/// hands the rest to this: one instance per <c>.wast</c> file, called in command order.
/// </summary>
public interface ISpecExecution
{
    /// <summary>
    /// A <c>module</c> command whose bytes decoded and validated: instantiate it, remember it under
    /// <see cref="SpecCommand.Name"/> if it has one, and make it the current module.
    /// </summary>
    SpecOutcome Instantiate(SpecCommand command, byte[] bytes);

    /// <summary>
    /// Any other command: <c>register</c>, <c>action</c>, <c>assert_return</c>, <c>assert_trap</c>,
    /// <c>assert_exhaustion</c>, and (with <paramref name="bytes"/>, a valid module) <c>assert_unlinkable</c> and
    /// <c>assert_uninstantiable</c>.
    /// </summary>
    SpecOutcome Execute(SpecCommand command, byte[]? bytes);
}
