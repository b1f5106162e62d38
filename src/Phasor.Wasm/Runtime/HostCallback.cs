namespace Phasor.Wasm.Runtime;

/// <summary>
/// An untyped host function: reads <paramref name="args"/> and writes one value per result into
/// <paramref name="results"/>, of the declared types. Convenient for tools; typed delegates avoid the
/// <see cref="Value"/> conversions. May call back into Wasm through the store, and may throw (a
/// <see cref="TrapException"/> traps the guest; other exceptions pass through to the host's caller).
/// </summary>
public delegate void HostCallback(Caller caller, ReadOnlySpan<Value> args, Span<Value> results);

/// <summary>
/// The form every host function is called through: <paramref name="slots"/> holds the arguments as slot bits on
/// entry and receives the results (slot 0 upward) before return. Length is max(params, results).
/// </summary>
internal delegate void SlotCallback(Caller caller, Span<ulong> slots);
