using System.Globalization;
using Phasor.Cli.CommandLine;
using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Cli.Commands;

/// <summary>
/// Command-line text to Wasm values and back, for `phasor wasm run --invoke`: integers in decimal (signed or
/// unsigned) or 0x hex, floats in decimal or as nan, inf, -inf; results print the same way.
/// </summary>
internal static class WasmValues
{
    /// <summary>Parses one argument per parameter of <paramref name="type"/>; a mismatch is a <see cref="UsageException"/>.</summary>
    public static Value[] Parse(string function, FuncType type, IReadOnlyList<string> texts)
    {
        if (texts.Count != type.Parameters.Length)
        {
            throw new UsageException($"{function} takes {type.Parameters.Length} argument{(type.Parameters.Length == 1 ? "" : "s")} " +
                $"({type}), got {texts.Count}");
        }

        var values = new Value[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            values[i] = Parse(type.Parameters[i], texts[i]) ??
                throw new UsageException($"argument {i + 1} of {function} must be an {type.Parameters[i].Name()}, got '{texts[i]}'");
        }

        return values;
    }

    /// <summary>Formats a result: integers signed, floats shortest round-trip, references as null or their kind.</summary>
    public static string Format(Value value) => value.Type switch
    {
        ValueType.I32 => value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueType.I64 => value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueType.F32 => Float(value.AsF32()),
        ValueType.F64 => Float(value.AsF64()),
        _ => value.IsNull ? "null" : value.Type.Name(),
    };

    private static Value? Parse(ValueType type, string text) => type switch
    {
        ValueType.I32 => Integer(text, 32) is { } i ? Value.FromI32((int)(uint)i) : null,
        ValueType.I64 => Integer(text, 64) is { } l ? Value.FromI64((long)l) : null,
        ValueType.F32 => Real(text) is { } f ? Value.FromF32((float)f) : null,
        ValueType.F64 => Real(text) is { } d ? Value.FromF64(d) : null,
        _ => null,
    };

    /// <summary>Parses an integer of <paramref name="bits"/> bits, signed or unsigned, as its bit pattern.</summary>
    private static ulong? Integer(string text, int bits)
    {
        var negative = text.StartsWith('-');
        var digits = negative || text.StartsWith('+') ? text[1..] : text;
        var hex = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (!ulong.TryParse(hex ? digits[2..] : digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture,
            out var magnitude))
        {
            return null;
        }

        var max = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        var minMagnitude = 1UL << (bits - 1);
        if (negative ? magnitude > minMagnitude : magnitude > max)
        {
            return null;
        }

        var pattern = negative ? (ulong)-(long)magnitude : magnitude;
        return bits == 64 ? pattern : pattern & max;
    }

    private static double? Real(string text) => text switch
    {
        "nan" or "+nan" => double.NaN,
        "-nan" => -double.NaN,
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
    };

    private static string Float(double value) => Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    private static string Float(float value) => Special(value) ?? value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Special(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(value) => double.IsNegative(value) ? "-nan" : "nan",
        _ => null,
    };
}
