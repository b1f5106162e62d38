using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>String.prototype.split, replace and replaceAll with string patterns (22.1.3.19, 22.1.3.23 GetSubstitution).</summary>
internal static partial class StringBuiltins
{
    private static JsValue Split(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(realm, thisValue);
        var limit = args.At(1).IsUndefined ? uint.MaxValue : Conversions.ToUint32(Conversions.ToNumber(realm, args[1]));
        var result = realm.CreateArray();
        if (limit == 0)
        {
            return result;
        }
        if (args.At(0).IsUndefined)
        {
            result.Push(s);
            return result;
        }
        var separator = Conversions.ToString(realm, args.At(0));
        if (separator.Length == 0)
        {
            for (var i = 0; i < s.Length && result.Length < limit; i++)
            {
                result.Push(realm.CharToString(s[i]));
            }
            return result;
        }
        var start = 0;
        while (result.Length < limit)
        {
            var index = s.IndexOf(separator, start, StringComparison.Ordinal);
            if (index < 0)
            {
                result.Push(s[start..]);
                break;
            }
            result.Push(s[start..index]);
            start = index + separator.Length;
        }
        return result;
    }

    private static JsValue Replace(Realm realm, string s, ReadOnlySpan<JsValue> args, bool all)
    {
        var pattern = Conversions.ToString(realm, args.At(0));
        var replaceValue = args.At(1);
        var function = replaceValue.Ref as JsFunction;
        var replacement = function is null ? Conversions.ToString(realm, replaceValue) : "";
        var sb = new StringBuilder();
        var position = 0;
        var searchFrom = 0;
        while (true)
        {
            var index = SearchFrom(s, pattern, searchFrom);
            if (index < 0)
            {
                break;
            }
            sb.Append(s, position, index - position);
            if (function is not null)
            {
                sb.Append(Conversions.ToString(realm, function.Call(realm, JsValue.Undefined, [pattern, index, s])));
            }
            else
            {
                AppendSubstitution(sb, s, pattern, index, replacement);
            }
            position = index + pattern.Length;
            if (!all)
            {
                break;
            }
            searchFrom = position + (pattern.Length == 0 ? 1 : 0);
            if (searchFrom > s.Length)
            {
                break;
            }
        }
        sb.Append(s, position, s.Length - position);
        return sb.ToString();
    }

    private static int SearchFrom(string s, string pattern, int from) =>
        from > s.Length ? -1 : s.IndexOf(pattern, from, StringComparison.Ordinal);

    /// <summary>GetSubstitution for string patterns: $$, $&amp;, $` and $' (no capture groups without regular expressions).</summary>
    private static void AppendSubstitution(StringBuilder sb, string s, string matched, int position, string replacement)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c != '$' || i + 1 == replacement.Length)
            {
                sb.Append(c);
                continue;
            }
            switch (replacement[i + 1])
            {
                case '$':
                    sb.Append('$');
                    i++;
                    break;
                case '&':
                    sb.Append(matched);
                    i++;
                    break;
                case '`':
                    sb.Append(s, 0, position);
                    i++;
                    break;
                case '\'':
                    var tail = position + matched.Length;
                    sb.Append(s, tail, s.Length - tail);
                    i++;
                    break;
                default:
                    sb.Append('$');
                    break;
            }
        }
    }
}
