namespace Phasor.Wasm.Runtime;

/// <summary>
/// What a host function sees of its caller: the store, and the Wasm instance that called it (null when the host
/// called the function directly), whose memory is where pointer arguments point.
/// </summary>
public readonly struct Caller
{
    internal Caller(Store store, Instance? instance)
    {
        Store = store;
        Instance = instance;
    }

    /// <summary>Gets the store.</summary>
    public Store Store { get; }

    /// <summary>Gets the calling instance, or null when the host made the call.</summary>
    public Instance? Instance { get; }

    /// <summary>Gets the calling instance's memory 0, if it has one.</summary>
    public MemoryInstance? Memory => Instance?.DefaultMemory;
}
