namespace Phasor.Graph.Json;

/// <summary>
/// A parsed JSON value that remembers the byte offset it started at, which System.Text.Json's
/// document model forgets; patch diagnostics need it to point at line:col.
/// </summary>
public sealed class JsonValue
{
    private JsonValue(JsonKind kind, long offset)
    {
        Kind = kind;
        Offset = offset;
    }

    /// <summary>The value's type.</summary>
    public JsonKind Kind { get; }

    /// <summary>Byte offset of the value's first token in the UTF-8 source.</summary>
    public long Offset { get; }

    /// <summary>String contents, for strings.</summary>
    public string Text { get; private init; } = "";

    /// <summary>Numeric value, for numbers; 1 or 0 for booleans.</summary>
    public double Number { get; private init; }

    /// <summary>Members in source order, for objects.</summary>
    public IReadOnlyList<JsonMember> Members { get; private init; } = [];

    /// <summary>Items, for arrays.</summary>
    public IReadOnlyList<JsonValue> Items { get; private init; } = [];

    /// <summary>How the kind reads in an error message ("a number", "an object").</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{Text}\"",
        JsonKind.Number => $"the number {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        JsonKind.Boolean => Number != 0 ? "true" : "false",
        _ => "null",
    };

    internal static JsonValue Object(long offset, List<JsonMember> members) => new(JsonKind.Object, offset) { Members = members };

    internal static JsonValue Array(long offset, List<JsonValue> items) => new(JsonKind.Array, offset) { Items = items };

    internal static JsonValue String(long offset, string text) => new(JsonKind.String, offset) { Text = text };

    internal static JsonValue Num(long offset, double number) => new(JsonKind.Number, offset) { Number = number };

    internal static JsonValue Bool(long offset, bool value) => new(JsonKind.Boolean, offset) { Number = value ? 1 : 0 };

    internal static JsonValue Null(long offset) => new(JsonKind.Null, offset);
}
