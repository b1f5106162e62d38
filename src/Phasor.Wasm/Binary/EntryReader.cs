namespace Phasor.Wasm.Binary;

/// <summary>Reads one entry of a vector for <see cref="SectionDecoder.ReadVector{T}"/>.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal delegate T EntryReader<out T>(ref WasmReader reader);
