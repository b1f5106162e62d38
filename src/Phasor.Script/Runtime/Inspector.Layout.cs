using System.Globalization;
using System.Text.RegularExpressions;

namespace Phasor.Script.Runtime;

/// <summary>Object, array, Map and Set layout for <see cref="Inspector"/>: entries, line breaking and column grouping.</summary>
internal sealed partial class Inspector
{
    [GeneratedRegex("^[a-zA-Z_][a-zA-Z_0-9]*$")]
    private static partial Regex IdentifierKey();

    private string FormatRaw(JsObject obj, int recurseTimes)
    {
        var constructor = ConstructorName(obj);
        var tag = obj is JsMap or JsSet ? obj.ClassName : "";
        var kind = EntryKind.Object;
        var baseText = "";
        string open;
        var close = "}";
        List<string> keys;
        Func<int, List<string>> formatter = static _ => [];

        switch (obj)
        {
            case JsArray array:
                keys = obj.OwnKeys(onlyEnumerable: true).Where(k => !PropertyKey.IsArrayIndex(k, out _)).ToList();
                var prefix = constructor != "Array" ? Prefix(constructor, "", "Array", "(" + array.Length + ")") : "";
                open = prefix + "[";
                close = "]";
                if (array.Length == 0 && keys.Count == 0)
                {
                    return open + "]";
                }
                kind = EntryKind.ArrayExtra;
                formatter = r => FormatArray(array, r);
                break;
            case JsMap map:
                keys = obj.OwnKeys(onlyEnumerable: true);
                open = Prefix(constructor, tag, "Map", "(" + map.Table.Count + ")");
                if (map.Table.Count == 0 && keys.Count == 0)
                {
                    return open + "{}";
                }
                open += "{";
                formatter = r => FormatTable(map.Table, r, isSet: false);
                break;
            case JsSet set:
                keys = obj.OwnKeys(onlyEnumerable: true);
                open = Prefix(constructor, tag, "Set", "(" + set.Table.Count + ")");
                if (set.Table.Count == 0 && keys.Count == 0)
                {
                    return open + "{}";
                }
                open += "{";
                formatter = r => FormatTable(set.Table, r, isSet: true);
                break;
            default:
                keys = obj.OwnKeys(onlyEnumerable: true);
                open = "{";
                if (obj is JsFunction function)
                {
                    baseText = FunctionBase(function, constructor);
                    if (keys.Count == 0)
                    {
                        return baseText;
                    }
                }
                else if (obj is JsError error)
                {
                    baseText = FormatError(error, constructor, keys);
                    if (keys.Count == 0)
                    {
                        return baseText;
                    }
                }
                else if (obj is JsIterator)
                {
                    open = Prefix(constructor, obj.ClassName, "Object") + "{";
                    if (keys.Count == 0)
                    {
                        return open + "}";
                    }
                }
                else if (constructor == "Object")
                {
                    if (keys.Count == 0)
                    {
                        return "{}";
                    }
                }
                else
                {
                    open = Prefix(constructor, "", "Object");
                    if (keys.Count == 0)
                    {
                        return open + "{}";
                    }
                    open += "{";
                }
                break;
        }

        if (recurseTimes > MaxDepth)
        {
            var name = obj switch
            {
                JsArray => Prefix(constructor, "", "Array"),
                JsMap => Prefix(constructor, tag, "Map"),
                JsSet => Prefix(constructor, tag, "Set"),
                _ => Prefix(constructor, "", "Object"),
            };
            name = name[..^1];
            return constructor is null ? name : "[" + name + "]";
        }
        recurseTimes++;
        _seen.Add(obj);
        _currentDepth = recurseTimes;
        var output = formatter(recurseTimes);
        foreach (var key in keys)
        {
            output.Add(FormatProperty(obj, key, recurseTimes, kind == EntryKind.ArrayExtra ? EntryKind.ArrayExtra : EntryKind.Object));
        }
        if (_circular is not null && _circular.TryGetValue(obj, out var index))
        {
            var reference = "<ref *" + index + ">";
            baseText = baseText.Length == 0 ? reference : reference + " " + baseText;
        }
        _seen.RemoveAt(_seen.Count - 1);
        return ReduceToSingleString(output, baseText, open, close, kind, recurseTimes, obj as JsArray);
    }

    private List<string> FormatArray(JsArray array, int recurseTimes)
    {
        var length = (int)Math.Min(MaxArrayLength, array.Length);
        var output = new List<string>();
        for (uint i = 0; i < length; i++)
        {
            if (!array.TryGetOwnElement(i, out var value))
            {
                return FormatSparseArray(array, recurseTimes, length, output, i);
            }
            output.Add(FormatElement(value, recurseTimes));
        }
        if (array.Length > length)
        {
            output.Add(MoreItems(array.Length - (uint)length));
        }
        return output;
    }

    private List<string> FormatSparseArray(JsArray array, int recurseTimes, int maxLength, List<string> output, uint index)
    {
        var indices = new List<uint>();
        array.CollectElementIndices(indices);
        foreach (var i in indices.Where(i => i >= index))
        {
            if (output.Count >= maxLength)
            {
                break;
            }
            if (i != index)
            {
                output.Add(EmptyItems(i - index));
                index = i;
                if (output.Count == maxLength)
                {
                    break;
                }
            }
            array.TryGetOwnElement(i, out var value);
            output.Add(FormatElement(value, recurseTimes));
            index++;
        }
        var remaining = array.Length - index;
        if (output.Count != maxLength)
        {
            if (remaining > 0)
            {
                output.Add(EmptyItems(remaining));
            }
        }
        else if (remaining > 0)
        {
            output.Add(MoreItems(remaining));
        }
        return output;
    }

    private static string EmptyItems(uint count) => "<" + count + " empty item" + (count > 1 ? "s" : "") + ">";

    private static string MoreItems(uint count) => "... " + count + " more item" + (count > 1 ? "s" : "");

    private string FormatElement(JsValue value, int recurseTimes)
    {
        _indentation += 2;
        var text = FormatValue(value, recurseTimes);
        _indentation -= 2;
        return text;
    }

    private List<string> FormatTable(OrderedTable table, int recurseTimes, bool isSet)
    {
        var output = new List<string>();
        _indentation += 2;
        for (var i = 0; i < table.End; i++)
        {
            if (!table.IsLive(i))
            {
                continue;
            }
            output.Add(isSet
                ? FormatValue(table.KeyAt(i), recurseTimes)
                : FormatValue(table.KeyAt(i), recurseTimes) + " => " + FormatValue(table.ValueAt(i), recurseTimes));
        }
        _indentation -= 2;
        return output;
    }

    private string FormatProperty(JsObject obj, string key, int recurseTimes, EntryKind kind)
    {
        obj.TryGetOwnProperty(key, out var value, out var flags);
        string text;
        if ((flags & PropertyFlags.Accessor) != 0)
        {
            var accessor = (PropertyAccessor)value.Ref!;
            text = accessor.Getter is not null
                ? (accessor.Setter is not null ? "[Getter/Setter]" : "[Getter]")
                : (accessor.Setter is not null ? "[Setter]" : "undefined");
        }
        else
        {
            _indentation += 2;
            text = FormatValue(value, recurseTimes);
            _indentation -= 2;
        }
        var name = (flags & PropertyFlags.Enumerable) == 0 ? "[" + key + "]"
            : IdentifierKey().IsMatch(key) ? key
            : Quote(key);
        return name + ": " + text;
    }

    private string ReduceToSingleString(List<string> output, string baseText, string open, string close, EntryKind kind, int recurseTimes, JsArray? array)
    {
        var entries = output.Count;
        if (kind == EntryKind.ArrayExtra && entries > 6)
        {
            output = GroupArrayElements(output, array);
        }
        if (_currentDepth - recurseTimes < Compact && entries == output.Count)
        {
            var start = output.Count + _indentation + open.Length + baseText.Length + 10;
            if (IsBelowBreakLength(output, start, baseText))
            {
                var joined = string.Join(", ", output);
                if (!joined.Contains('\n', StringComparison.Ordinal))
                {
                    return (baseText.Length > 0 ? baseText + " " : "") + open + " " + joined + " " + close;
                }
            }
        }
        var indentation = "\n" + new string(' ', _indentation);
        return (baseText.Length > 0 ? baseText + " " : "") + open + indentation + "  "
            + string.Join("," + indentation + "  ", output) + indentation + close;
    }

    private static bool IsBelowBreakLength(List<string> output, int start, string baseText)
    {
        var total = output.Count + start;
        if (total + output.Count > BreakLength)
        {
            return false;
        }
        foreach (var entry in output)
        {
            total += entry.Length;
            if (total > BreakLength)
            {
                return false;
            }
        }
        return baseText.Length == 0 || !baseText.Contains('\n', StringComparison.Ordinal);
    }

    private List<string> GroupArrayElements(List<string> output, JsArray? array)
    {
        var totalLength = 0;
        var maxLength = 0;
        var outputLength = output.Count;
        if (array is not null && array.Length > MaxArrayLength && outputLength > 0 && output[^1].StartsWith("... ", StringComparison.Ordinal))
        {
            outputLength--;
        }
        const int separatorSpace = 2;
        var dataLength = new int[outputLength];
        for (var i = 0; i < outputLength; i++)
        {
            var length = output[i].Length;
            dataLength[i] = length;
            totalLength += length + separatorSpace;
            maxLength = Math.Max(maxLength, length);
        }
        var actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + _indentation >= BreakLength || ((double)totalLength / actualMax <= 5 && maxLength > 6))
        {
            return output;
        }
        var averageBias = Math.Sqrt(actualMax - ((double)totalLength / output.Count));
        var biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
        var columns = Math.Min(
            Math.Min((int)Math.Round(Math.Sqrt(2.5 * biasedMax * outputLength) / biasedMax, MidpointRounding.AwayFromZero),
                (BreakLength - _indentation) / actualMax),
            Math.Min(Compact * 4, 15));
        if (columns <= 1)
        {
            return output;
        }
        var maxLineLength = new List<int>();
        for (var i = 0; i < columns; i++)
        {
            var lineLength = 0;
            for (var j = i; j < outputLength; j += columns)
            {
                lineLength = Math.Max(lineLength, dataLength[j]);
            }
            maxLineLength.Add(lineLength + separatorSpace);
        }
        var padStart = array is not null && AllNumbers(array, output.Count);
        var grouped = new List<string>();
        for (var i = 0; i < outputLength; i += columns)
        {
            var max = Math.Min(i + columns, outputLength);
            var line = new System.Text.StringBuilder();
            var j = i;
            for (; j < max - 1; j++)
            {
                var cell = output[j] + ", ";
                line.Append(padStart ? cell.PadLeft(maxLineLength[j - i]) : cell.PadRight(maxLineLength[j - i]));
            }
            line.Append(padStart ? output[j].PadLeft(maxLineLength[j - i] - separatorSpace) : output[j]);
            grouped.Add(line.ToString());
        }
        if (outputLength < output.Count)
        {
            grouped.Add(output[^1]);
        }
        return grouped;
    }

    private static bool AllNumbers(JsArray array, int count)
    {
        for (uint i = 0; i < count; i++)
        {
            if (!array.TryGetOwnElement(i, out var value) || !value.IsNumber)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>console.log's formatting of its arguments (Node's formatWithOptions): printf-style specifiers in a
    /// leading string, strings raw, other values inspected, all joined by spaces.</summary>
    public static string FormatLogArguments(Realm realm, ReadOnlySpan<JsValue> args)
    {
        var parts = new List<string>();
        var next = 0;
        if (args.Length > 0 && args[0].Ref is string format && format.Contains('%', StringComparison.Ordinal))
        {
            next = 1;
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < format.Length; i++)
            {
                if (format[i] != '%' || i + 1 == format.Length)
                {
                    sb.Append(format[i]);
                    continue;
                }
                var spec = format[i + 1];
                if (spec == '%')
                {
                    sb.Append('%');
                    i++;
                    continue;
                }
                if ("sdifjoOc".Contains(spec, StringComparison.Ordinal) && next < args.Length)
                {
                    sb.Append(FormatSpecifier(realm, spec, args[next++]));
                    i++;
                    continue;
                }
                sb.Append('%');
            }
            parts.Add(sb.ToString());
        }
        for (var i = next; i < args.Length; i++)
        {
            parts.Add(args[i].Ref is string s ? s : Inspect(realm, args[i]));
        }
        return string.Join(' ', parts);
    }

    private static string FormatSpecifier(Realm realm, char spec, JsValue arg) => spec switch
    {
        's' => arg.Ref is string s ? s : arg.IsObject ? Inspect(realm, arg) : FormatPrimitiveText(arg),
        'd' => arg.IsObject ? "NaN" : FormatNumber(Conversions.ToNumber(realm, arg)),
        'i' => arg.IsObject ? "NaN" : FormatNumber(NumberParser.ParseInt(Conversions.ToString(realm, arg), 0)),
        'f' => FormatNumber(NumberParser.ParseFloat(Conversions.ToString(realm, arg))),
        'j' => Builtins.JsonStringifier.Stringify(realm, arg, JsValue.Undefined, JsValue.Undefined) is { IsString: true } j
            ? j.String
            : "undefined",
        'c' => "",
        _ => Inspect(realm, arg),
    };

    private static string FormatPrimitiveText(JsValue value) =>
        value.IsNumber ? FormatNumber(value.Number) : Conversions.PrimitiveToString(value);

    internal static string ToInvariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
