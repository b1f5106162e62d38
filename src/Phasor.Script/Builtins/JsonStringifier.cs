using System.Globalization;
using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>JSON.stringify (ECMAScript 25.5.2): toJSON, replacer function or key list, indentation, cycle errors.</summary>
internal sealed class JsonStringifier
{
    private readonly Realm _realm;
    private readonly JsFunction? _replacer;
    private readonly List<string>? _propertyList;
    private readonly string _gap;
    private readonly List<(JsObject Holder, string Key)> _stack = [];
    private string _indent = "";

    private JsonStringifier(Realm realm, JsFunction? replacer, List<string>? propertyList, string gap)
    {
        _realm = realm;
        _replacer = replacer;
        _propertyList = propertyList;
        _gap = gap;
    }

    /// <summary>Returns the JSON text, or undefined when the value has no JSON form (undefined, functions).</summary>
    public static JsValue Stringify(Realm realm, JsValue value, JsValue replacer, JsValue space)
    {
        List<string>? propertyList = null;
        if (replacer.Ref is JsArray list)
        {
            propertyList = [];
            foreach (var item in list.ToArray(realm))
            {
                if (item.IsString || item.IsNumber)
                {
                    var key = Conversions.ToString(realm, item);
                    if (!propertyList.Contains(key))
                    {
                        propertyList.Add(key);
                    }
                }
            }
        }
        var gap = space.IsNumber
            ? new string(' ', (int)Math.Clamp(Conversions.ToIntegerOrInfinity(realm, space), 0, 10))
            : space.Ref is string s ? (s.Length > 10 ? s[..10] : s) : "";
        var stringifier = new JsonStringifier(realm, replacer.Ref as JsFunction, propertyList, gap);
        var wrapper = realm.CreateObject();
        wrapper.DefineOwn("", value);
        var sb = new StringBuilder();
        return stringifier.SerializeProperty(sb, wrapper, "", value) ? sb.ToString() : JsValue.Undefined;
    }

    private bool SerializeProperty(StringBuilder sb, JsObject holder, string key, JsValue value)
    {
        if (value.IsObject && value.Object.Get(_realm, "toJSON").Ref is JsFunction toJson)
        {
            value = toJson.Call(_realm, value, [key]);
        }
        if (_replacer is not null)
        {
            value = _replacer.Call(_realm, holder, [key, value]);
        }
        switch (value.Ref)
        {
            case null:
                return false;
            case string s:
                Quote(sb, s);
                return true;
            case JsFunction:
                return false;
            case JsObject obj:
                EnterObject(holder, key, obj);
                if (obj is JsArray array)
                {
                    SerializeArray(sb, array);
                }
                else
                {
                    SerializeObject(sb, obj);
                }
                _stack.RemoveAt(_stack.Count - 1);
                return true;
        }
        if (value.IsNumber)
        {
            sb.Append(double.IsFinite(value.Number) ? NumberFormatter.ToString(value.Number) : "null");
        }
        else
        {
            sb.Append(Conversions.PrimitiveToString(value));
        }
        return true;
    }

    private void EnterObject(JsObject holder, string key, JsObject obj)
    {
        var index = _stack.FindIndex(e => ReferenceEquals(e.Holder, obj));
        if (index >= 0 || ReferenceEquals(obj, holder))
        {
            ThrowCircular(index, key, obj);
        }
        _stack.Add((obj, key));
    }

    /// <summary>V8's message: the path from the first object of the cycle to the property that closes it.</summary>
    private void ThrowCircular(int start, string closingKey, JsObject obj)
    {
        var message = new StringBuilder(ErrorMessages.CircularJson);
        message.Append("\n    --> starting at object with constructor '").Append(ConstructorName(obj)).Append('\'');
        for (var i = start + 1; i < _stack.Count; i++)
        {
            message.Append("\n    |     ").Append(Describe(_stack[i - 1].Holder, _stack[i].Key))
                .Append(" -> object with constructor '").Append(ConstructorName(_stack[i].Holder)).Append('\'');
        }
        message.Append("\n    --- ").Append(Describe(_stack[^1].Holder, closingKey)).Append(" closes the circle");
        Throw.TypeError(_realm, message.ToString());
    }

    private static string Describe(JsObject holder, string key) => holder is JsArray ? "index " + key : "property '" + key + "'";

    private string ConstructorName(JsObject obj) =>
        obj.Get(_realm, "constructor").Ref is JsFunction f ? f.Name : "Object";

    private void SerializeObject(StringBuilder sb, JsObject obj)
    {
        var stepback = _indent;
        _indent += _gap;
        var keys = _propertyList ?? obj.OwnKeys(onlyEnumerable: true);
        var any = false;
        sb.Append('{');
        foreach (var key in keys)
        {
            var mark = sb.Length;
            sb.Append(any ? "," : "");
            NewLine(sb);
            Quote(sb, key);
            sb.Append(_gap.Length > 0 ? ": " : ":");
            if (SerializeProperty(sb, obj, key, obj.Get(_realm, key)))
            {
                any = true;
            }
            else
            {
                sb.Length = mark;
            }
        }
        _indent = stepback;
        if (any)
        {
            NewLine(sb);
        }
        sb.Append('}');
    }

    private void SerializeArray(StringBuilder sb, JsArray array)
    {
        var stepback = _indent;
        _indent += _gap;
        sb.Append('[');
        for (uint i = 0; i < array.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            NewLine(sb);
            if (!SerializeProperty(sb, array, PropertyKey.IndexToString(i), array.GetIndex(_realm, i)))
            {
                sb.Append("null");
            }
        }
        _indent = stepback;
        if (array.Length > 0)
        {
            NewLine(sb);
        }
        sb.Append(']');
    }

    private void NewLine(StringBuilder sb)
    {
        if (_gap.Length > 0)
        {
            sb.Append('\n').Append(_indent);
        }
    }

    /// <summary>QuoteJSONString (25.5.2.3): short escapes, \u00XX for other controls and lone surrogates.</summary>
    public static void Quote(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    var lone = (char.IsHighSurrogate(c) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
                        || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1])));
                    if (c < 0x20 || lone)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
