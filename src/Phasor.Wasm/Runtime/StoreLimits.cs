namespace Phasor.Wasm.Runtime;

/// <summary>
/// Resource limits of one <see cref="Store"/>, for running untrusted modules: each limit, when reached, fails in a
/// defined way (growth returns -1, deep calls trap with <c>call stack exhausted</c>), never by crashing the host.
/// Fuel and interruption are on the store itself (<see cref="Store.Fuel"/>, <see cref="Store.Interrupt"/>).
/// </summary>
public sealed record StoreLimits
{
    /// <summary>Gets the limits used when none are given.</summary>
    public static StoreLimits Default { get; } = new();

    /// <summary>Gets the most pages any memory may have (at most <see cref="MemoryInstance.HardMaxPages"/>).</summary>
    public uint MaxMemoryPages { get; init; } = MemoryInstance.HardMaxPages;

    /// <summary>Gets the most elements any table may have.</summary>
    public uint MaxTableElements { get; init; } = 10_000_000;

    /// <summary>Gets the deepest nesting of Wasm calls before the trap <c>call stack exhausted</c>.</summary>
    public int MaxCallDepth { get; init; } = 50_000;

    /// <summary>
    /// Gets the size of the value stack in 8-byte slots (locals and operands of every active frame); running out
    /// is also <c>call stack exhausted</c>. Allocated on the store's first call.
    /// </summary>
    public int ValueStackSlots { get; init; } = 1 << 20;
}
