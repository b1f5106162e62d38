using System.Globalization;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Spec.Execution;

/// <summary>
/// Converts wast2json values to engine <see cref="Value"/>s and checks results against expectations: bit-exact for
/// numbers, <c>nan:canonical</c> and <c>nan:arithmetic</c> as the spec defines them (spec 4.3.3), references by
/// identity. An externref <c>N</c> is one host object per N, so the same N is the same reference.
/// </summary>
internal sealed class SpecValues
{
    private readonly Dictionary<ulong, HostReference> _externs = [];

    /// <summary>Converts an argument.</summary>
    public Value ToValue(SpecValue value) => value.Type switch
    {
        "i32" => Value.FromI32((int)uint.Parse(value.Text, CultureInfo.InvariantCulture)),
        "i64" => Value.FromI64((long)ulong.Parse(value.Text, CultureInfo.InvariantCulture)),
        "f32" => Value.FromF32Bits(uint.Parse(value.Text, CultureInfo.InvariantCulture)),
        "f64" => Value.FromF64Bits(ulong.Parse(value.Text, CultureInfo.InvariantCulture)),
        "externref" => Value.FromExtern(value.Text == "null" ? null : Extern(ulong.Parse(value.Text, CultureInfo.InvariantCulture))),
        "funcref" when value.Text == "null" => Value.FromFunction(null),
        _ => throw new NotSupportedException($"argument of type {value.Type} ({value.Text})"),
    };

    /// <summary>Returns null when <paramref name="actual"/> is what <paramref name="expected"/> describes, else why not.</summary>
    public string? Mismatch(SpecValue expected, Value actual)
    {
        var ok = expected.Type switch
        {
            "i32" => actual.Type == Model.ValueType.I32 && (uint)actual.Bits == uint.Parse(expected.Text, CultureInfo.InvariantCulture),
            "i64" => actual.Type == Model.ValueType.I64 && actual.Bits == ulong.Parse(expected.Text, CultureInfo.InvariantCulture),
            "f32" => actual.Type == Model.ValueType.F32 && F32Matches(expected.Text, (uint)actual.Bits),
            "f64" => actual.Type == Model.ValueType.F64 && F64Matches(expected.Text, actual.Bits),
            "funcref" => actual.Type == Model.ValueType.FuncRef && (expected.Text == "null" ? actual.IsNull : !actual.IsNull),
            "externref" => actual.Type == Model.ValueType.ExternRef && (expected.Text == "null"
                ? actual.IsNull
                : ReferenceEquals(actual.Reference, Extern(ulong.Parse(expected.Text, CultureInfo.InvariantCulture)))),
            _ => false,
        };
        return ok ? null : $"expected {expected.Type}:{expected.Text}, got {Describe(actual)}";
    }

    /// <summary>Formats a result for a failure message, with the bits of floats.</summary>
    public static string Describe(Value value) => value.Type switch
    {
        Model.ValueType.F32 or Model.ValueType.F64 => $"{value} (bits 0x{value.Bits:x})",
        Model.ValueType.ExternRef when value.Reference is HostReference h => $"externref:{h.Id}",
        _ => value.ToString(),
    };

    private HostReference Extern(ulong id)
    {
        if (!_externs.TryGetValue(id, out var reference))
        {
            reference = new HostReference(id);
            _externs.Add(id, reference);
        }

        return reference;
    }

    private static bool F32Matches(string expected, uint bits) => expected switch
    {
        "nan:canonical" => (bits & 0x7FFF_FFFF) == 0x7FC0_0000,
        "nan:arithmetic" => (bits & 0x7FC0_0000) == 0x7FC0_0000,
        _ => bits == uint.Parse(expected, CultureInfo.InvariantCulture),
    };

    private static bool F64Matches(string expected, ulong bits) => expected switch
    {
        "nan:canonical" => (bits & 0x7FFF_FFFF_FFFF_FFFF) == 0x7FF8_0000_0000_0000,
        "nan:arithmetic" => (bits & 0x7FF8_0000_0000_0000) == 0x7FF8_0000_0000_0000,
        _ => bits == ulong.Parse(expected, CultureInfo.InvariantCulture),
    };

    /// <summary>The host object standing for the suite's <c>ref.extern N</c>.</summary>
    private sealed record HostReference(ulong Id);
}
