using System.Text.Json;
using System.Text.Json.Serialization;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>One command of a wast2json command list (the JSON keys are wabt's).</summary>
public sealed class SpecCommand
{
    /// <summary>Gets the command kind: module, register, action, assert_return, assert_trap, ...</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>Gets the line in the <c>.wast</c> file.</summary>
    [JsonPropertyName("line")]
    public int Line { get; init; }

    /// <summary>Gets the module file (relative to the JSON) of module and assert_* module commands.</summary>
    [JsonPropertyName("filename")]
    public string? FileName { get; init; }

    /// <summary>Gets the module's <c>$name</c> (module), or the registered module's name (register).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the name a register command makes the module importable under.</summary>
    [JsonPropertyName("as")]
    public string? As { get; init; }

    /// <summary>Gets the expected error text of an assertion.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets "binary" or "text" for modules written in either form.</summary>
    [JsonPropertyName("module_type")]
    public string? ModuleType { get; init; }

    /// <summary>Gets the invocation or global read of action and assert_return/trap/exhaustion commands.</summary>
    [JsonPropertyName("action")]
    public SpecAction? Action { get; init; }

    /// <summary>Gets the expected results of assert_return (and the result types of assert_trap).</summary>
    [JsonPropertyName("expected")]
    public SpecValue[]? Expected { get; init; }

    /// <summary>Gets whether the command's module is given in the text format, which a binary engine does not parse.</summary>
    public bool IsTextModule => ModuleType == "text";
}

/// <summary>An invocation of an export, or a read of an exported global.</summary>
public sealed class SpecAction
{
    /// <summary>Gets "invoke" or "get".</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>Gets the module's <c>$name</c>, or null for the most recent module.</summary>
    [JsonPropertyName("module")]
    public string? Module { get; init; }

    /// <summary>Gets the export name.</summary>
    [JsonPropertyName("field")]
    public string Field { get; init; } = "";

    /// <summary>Gets the arguments of an invocation.</summary>
    [JsonPropertyName("args")]
    public SpecValue[] Args { get; init; } = [];
}

/// <summary>
/// A typed value as wast2json writes it: <c>{"type":"i32","value":"42"}</c> (integers as unsigned decimal, floats as
/// their bit pattern in decimal, <c>nan:canonical</c>/<c>nan:arithmetic</c> for NaN patterns, <c>null</c> for null
/// references), or a v128 with <c>lane_type</c> and one string per lane.
/// </summary>
public sealed class SpecValue
{
    /// <summary>Gets the value type: i32, i64, f32, f64, v128, funcref, externref.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    /// <summary>Gets a v128's lane type.</summary>
    [JsonPropertyName("lane_type")]
    public string? LaneType { get; init; }

    /// <summary>Gets the raw value: a string, or an array of strings for v128 (absent for some expected values).</summary>
    [JsonPropertyName("value")]
    public JsonElement Value { get; init; }

    /// <summary>Gets a scalar value's text.</summary>
    public string Text => Value.ValueKind == JsonValueKind.String ? Value.GetString()! : "";

    /// <summary>Gets a v128's lanes' texts.</summary>
    public string[] Lanes => Value.ValueKind == JsonValueKind.Array ? [.. Value.EnumerateArray().Select(v => v.GetString()!)] : [];
}
