namespace Phasor.Graph.Json;

/// <summary>One <c>"name": value</c> pair of an object, with the name's byte offset.</summary>
/// <param name="Name">Property name.</param>
/// <param name="NameOffset">Byte offset of the name token.</param>
/// <param name="Value">Property value.</param>
public sealed record JsonMember(string Name, long NameOffset, JsonValue Value);
