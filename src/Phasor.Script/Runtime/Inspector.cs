using System.Text;

namespace Phasor.Script.Runtime;

/// <summary>Formats values the way Node's <c>util.inspect</c> does with its defaults (console.log's output).</summary>
/// <remarks>
/// Mirrors Node 20's observable rules: depth 2, breakLength 80, compact 3, 100 array items, single quotes inside
/// containers, grouping of arrays with more than six short items into aligned columns. Written from the observed
/// behaviour; see tests/Phasor.Script.Tests/Runtime/InspectorTests.cs for the Node-captured expectations.
/// </remarks>
internal sealed partial class Inspector
{
    private const int MaxDepth = 2;
    private const int BreakLength = 80;
    private const int Compact = 3;
    private const int MaxArrayLength = 100;
    private const int MinLineWidth = 16;

    private readonly Realm _realm;
    private readonly List<JsObject> _seen = [];
    private Dictionary<JsObject, int>? _circular;
    private int _indentation;
    private int _currentDepth;

    private Inspector(Realm realm) => _realm = realm;

    private enum EntryKind
    {
        Object,
        ArrayElement,
        ArrayExtra,
    }

    /// <summary>util.inspect(value) with Node's default options.</summary>
    public static string Inspect(Realm realm, JsValue value) => new Inspector(realm).FormatValue(value, 0);

    /// <summary>How V8 names a value in "x is not a function"-style messages: primitives as text, objects as #&lt;Ctor&gt;.</summary>
    public static string DescribeForError(JsValue value)
    {
        if (value.Ref is JsFunction f)
        {
            return f.IsClassConstructor ? "class " + f.Name : "function " + f.Name + "() { [native code] }";
        }
        if (value.Ref is JsObject o)
        {
            return "#<" + (ConstructorName(o) ?? "Object") + ">";
        }
        return Conversions.PrimitiveToString(value);
    }

    private string FormatValue(JsValue value, int recurseTimes)
    {
        if (!value.TryGetObject(out var obj))
        {
            return FormatPrimitive(value);
        }
        if (_seen.Contains(obj))
        {
            _circular ??= [];
            if (!_circular.TryGetValue(obj, out var index))
            {
                index = _circular.Count + 1;
                _circular[obj] = index;
            }
            return "[Circular *" + index + "]";
        }
        return FormatRaw(obj, recurseTimes);
    }

    private string FormatPrimitive(JsValue value)
    {
        if (value.Ref is string s)
        {
            if (s.Length > MinLineWidth && s.Length > BreakLength - _indentation - 4 && s.Contains('\n', StringComparison.Ordinal))
            {
                var separator = " +\n" + new string(' ', _indentation + 2);
                return string.Join(separator, SplitAfterNewLines(s).Select(Quote));
            }
            return Quote(s);
        }
        if (value.IsNumber)
        {
            return FormatNumber(value.Number);
        }
        return Conversions.PrimitiveToString(value);
    }

    public static string FormatNumber(double n) => n == 0 && double.IsNegative(n) ? "-0" : NumberFormatter.ToString(n);

    private static IEnumerable<string> SplitAfterNewLines(string s)
    {
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                yield return s[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < s.Length)
        {
            yield return s[start..];
        }
    }

    /// <summary>Node's strEscape: single quotes unless the text has some, then double quotes or backticks.</summary>
    public static string Quote(string s)
    {
        var quote = '\'';
        if (s.Contains('\'', StringComparison.Ordinal))
        {
            if (!s.Contains('"', StringComparison.Ordinal))
            {
                quote = '"';
            }
            else if (!s.Contains('`', StringComparison.Ordinal) && !s.Contains("${", StringComparison.Ordinal))
            {
                quote = '`';
            }
        }
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        foreach (var c in s)
        {
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c == 0x7f)
            {
                sb.Append(c switch
                {
                    '\b' => "\\b",
                    '\t' => "\\t",
                    '\n' => "\\n",
                    '\f' => "\\f",
                    '\r' => "\\r",
                    _ => "\\x" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>The name of the first constructor found along the prototype chain (Node's getConstructorName).</summary>
    private static string? ConstructorName(JsObject obj)
    {
        for (var o = obj; o is not null; o = o.Prototype)
        {
            if (o.TryGetOwnProperty("constructor", out var value, out var flags) && (flags & PropertyFlags.Accessor) == 0
                && value.Ref is JsFunction f && f.Name.Length > 0)
            {
                return f.Name;
            }
        }
        return null;
    }

    private static string Prefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor is null)
        {
            return tag.Length > 0 && fallback != tag
                ? "[" + fallback + size + ": null prototype] [" + tag + "] "
                : "[" + fallback + size + ": null prototype] ";
        }
        return tag.Length > 0 && constructor != tag ? constructor + size + " [" + tag + "] " : constructor + size + " ";
    }

    private static string FunctionBase(JsFunction function, string? constructor)
    {
        if (function.IsClassConstructor)
        {
            var text = "[class " + (function.Name.Length == 0 ? "(anonymous)" : function.Name);
            if (function.BaseClass is { } baseClass)
            {
                text += " extends " + (baseClass.Name.Length == 0 ? "(anonymous)" : baseClass.Name);
            }
            return text + "]";
        }
        var result = "[Function" + (constructor is null ? " (null prototype)" : "");
        result += function.Name.Length == 0 ? " (anonymous)]" : ": " + function.Name + "]";
        if (constructor is not null && constructor != "Function")
        {
            result += " " + constructor;
        }
        return result;
    }

    private string FormatError(JsError error, string? constructor, List<string> keys)
    {
        var name = error.Get(_realm, "name") is { IsString: true } n ? n.String : "Error";
        var message = error.Get(_realm, "message") is { IsString: true } m ? m.String : "";
        var stack = error.StackText;
        keys.RemoveAll(k => (k == "name" || k == "message" || k == "stack")
            && error.Get(_realm, k) is { IsString: true } v && stack.Contains(v.String, StringComparison.Ordinal));
        stack = ImproveStack(stack, constructor, name);
        var position = message.Length > 0 ? stack.IndexOf(message, StringComparison.Ordinal) : -1;
        position = position == -1 ? -1 : position + message.Length;
        var stackStart = stack.IndexOf("\n    at", Math.Max(position, 0), StringComparison.Ordinal);
        if (stackStart == -1)
        {
            stack = "[" + stack + "]";
        }
        if (_indentation != 0)
        {
            stack = stack.Replace("\n", "\n" + new string(' ', _indentation), StringComparison.Ordinal);
        }
        return stack;
    }

    private static string ImproveStack(string stack, string? constructor, string name)
    {
        var length = name.Length;
        if (constructor is null || (name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal)
            && (stack.Length == length || stack[length] == ':' || stack[length] == '\n')))
        {
            var prefix = Prefix(constructor, "", "Error")[..^1];
            if (name != prefix)
            {
                stack = prefix.Contains(name, StringComparison.Ordinal)
                    ? (length == 0 ? prefix + ": " + stack : prefix + stack[length..])
                    : prefix + " [" + name + "]" + stack[length..];
            }
        }
        return stack;
    }
}
