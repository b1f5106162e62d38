using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The String constructor and String.prototype (ECMAScript 22.1), without regular expressions.</summary>
/// <remarks>localeCompare compares ordinally (UTF-16 code units), not by a locale collation; toUpperCase and
/// toLowerCase use Unicode's full case mappings (<see cref="CaseMapping"/>), never a locale's.</remarks>
internal static partial class StringBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.StringPrototype;
        var ctor = realm.DefineConstructor("String", 1, proto,
            (r, _, a) => a.Length == 0 ? JsValue.EmptyString : Conversions.ToString(r, a[0]), null);
        realm.DefineMethod(ctor, "fromCharCode", 1, FromCharCode);
        realm.DefineMethod(ctor, "fromCodePoint", 1, FromCodePoint);

        realm.DefineMethod(proto, "toString", 0, (r, t, _) => ThisString(r, t));
        realm.DefineMethod(proto, "valueOf", 0, (r, t, _) => ThisString(r, t));
        realm.DefineMethod(proto, "charAt", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var i = Conversions.ToIntegerOrInfinity(r, a.At(0));
            return i >= 0 && i < s.Length ? r.CharToString(s[(int)i]) : JsValue.EmptyString;
        });
        realm.DefineMethod(proto, "charCodeAt", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var i = Conversions.ToIntegerOrInfinity(r, a.At(0));
            return i >= 0 && i < s.Length ? s[(int)i] : double.NaN;
        });
        realm.DefineMethod(proto, "codePointAt", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var i = Conversions.ToIntegerOrInfinity(r, a.At(0));
            if (i < 0 || i >= s.Length)
            {
                return JsValue.Undefined;
            }
            var k = (int)i;
            return char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1])
                ? char.ConvertToUtf32(s[k], s[k + 1])
                : s[k];
        });
        realm.DefineMethod(proto, "at", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var i = Conversions.ToIntegerOrInfinity(r, a.At(0));
            var k = i >= 0 ? i : s.Length + i;
            return k >= 0 && k < s.Length ? r.CharToString(s[(int)k]) : JsValue.Undefined;
        });
        realm.DefineMethod(proto, "indexOf", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var search = Conversions.ToString(r, a.At(0));
            var from = (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a.At(1)), 0, s.Length);
            return s.IndexOf(search, from, StringComparison.Ordinal);
        });
        realm.DefineMethod(proto, "lastIndexOf", 1, LastIndexOf);
        realm.DefineMethod(proto, "includes", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var from = (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a.At(1)), 0, s.Length);
            return s.IndexOf(Conversions.ToString(r, a.At(0)), from, StringComparison.Ordinal) >= 0;
        });
        realm.DefineMethod(proto, "startsWith", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var from = (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a.At(1)), 0, s.Length);
            return s.AsSpan(from).StartsWith(Conversions.ToString(r, a.At(0)), StringComparison.Ordinal);
        });
        realm.DefineMethod(proto, "endsWith", 1, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var end = a.At(1).IsUndefined ? s.Length : (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a[1]), 0, s.Length);
            return s.AsSpan(0, end).EndsWith(Conversions.ToString(r, a.At(0)), StringComparison.Ordinal);
        });
        realm.DefineMethod(proto, "slice", 2, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var start = Conversions.RelativeIndex(r, a.At(0), s.Length, 0);
            var end = Conversions.RelativeIndex(r, a.At(1), s.Length, s.Length);
            return start < end ? s.Substring((int)start, (int)(end - start)) : "";
        });
        realm.DefineMethod(proto, "substring", 2, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var start = (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a.At(0)), 0, s.Length);
            var end = a.At(1).IsUndefined ? s.Length : (int)Math.Clamp(Conversions.ToIntegerOrInfinity(r, a[1]), 0, s.Length);
            return s[Math.Min(start, end)..Math.Max(start, end)];
        });
        realm.DefineMethod(proto, "substr", 2, (r, t, a) =>
        {
            var s = ThisString(r, t);
            var start = Conversions.RelativeIndex(r, a.At(0), s.Length, 0);
            var length = a.At(1).IsUndefined ? s.Length - start : Math.Clamp(Conversions.ToIntegerOrInfinity(r, a[1]), 0, s.Length - start);
            return length <= 0 ? "" : s.Substring((int)start, (int)length);
        });
        realm.DefineMethod(proto, "toUpperCase", 0, (r, t, _) => CaseMapping.ToUpper(ThisString(r, t)));
        realm.DefineMethod(proto, "toLowerCase", 0, (r, t, _) => CaseMapping.ToLower(ThisString(r, t)));
        realm.DefineMethod(proto, "toLocaleUpperCase", 0, (r, t, _) => CaseMapping.ToUpper(ThisString(r, t)));
        realm.DefineMethod(proto, "toLocaleLowerCase", 0, (r, t, _) => CaseMapping.ToLower(ThisString(r, t)));
        realm.DefineMethod(proto, "trim", 0, (r, t, _) => NumberParser.Trim(ThisString(r, t)).ToString());
        realm.DefineMethod(proto, "trimStart", 0, (r, t, _) => TrimStart(ThisString(r, t)));
        realm.DefineMethod(proto, "trimEnd", 0, (r, t, _) => TrimEnd(ThisString(r, t)));
        realm.DefineMethod(proto, "split", 2, Split);
        realm.DefineMethod(proto, "repeat", 1, Repeat);
        realm.DefineMethod(proto, "padStart", 2, (r, t, a) => Pad(r, ThisString(r, t), a, atStart: true));
        realm.DefineMethod(proto, "padEnd", 2, (r, t, a) => Pad(r, ThisString(r, t), a, atStart: false));
        realm.DefineMethod(proto, "concat", 1, (r, t, a) =>
        {
            var sb = new StringBuilder(ThisString(r, t));
            foreach (var part in a)
            {
                sb.Append(Conversions.ToString(r, part));
            }
            return sb.ToString();
        });
        realm.DefineMethod(proto, "localeCompare", 1, (r, t, a) =>
            Math.Sign(string.CompareOrdinal(ThisString(r, t), Conversions.ToString(r, a.At(0)))));
        realm.DefineMethod(proto, "normalize", 0, (r, t, _) => ThisString(r, t).Normalize());
        realm.DefineMethod(proto, "replace", 2, (r, t, a) => Replace(r, ThisString(r, t), a, all: false));
        realm.DefineMethod(proto, "replaceAll", 2, (r, t, a) => Replace(r, ThisString(r, t), a, all: true));
        realm.DefineMethod(proto, "values", 0, (r, t, _) => new StringIterator(r, ThisString(r, t)));
    }

    /// <summary>RequireObjectCoercible(this) then ToString.</summary>
    private static string ThisString(Realm realm, JsValue thisValue)
    {
        if (thisValue.Ref is string s)
        {
            return s;
        }
        if (thisValue.IsNullish)
        {
            Throw.TypeError(realm, "String.prototype method called on null or undefined");
        }
        return Conversions.ToString(realm, thisValue);
    }

    private static JsValue FromCharCode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 1)
        {
            return realm.CharToString((char)Conversions.ToUint32(Conversions.ToNumber(realm, args[0])));
        }
        var chars = new char[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            chars[i] = (char)Conversions.ToUint32(Conversions.ToNumber(realm, args[i]));
        }
        return new string(chars);
    }

    private static JsValue FromCodePoint(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var sb = new StringBuilder();
        foreach (var arg in args)
        {
            var n = Conversions.ToNumber(realm, arg);
            if (n != Math.Truncate(n) || n < 0 || n > 0x10FFFF)
            {
                Throw.RangeError(realm, ErrorMessages.InvalidCodePoint, Conversions.ToString(realm, arg));
            }
            var code = (int)n;
            if (code >= 0x10000)
            {
                code -= 0x10000;
                sb.Append((char)(0xD800 + (code >> 10))).Append((char)(0xDC00 + (code & 0x3FF)));
            }
            else
            {
                sb.Append((char)code);
            }
        }
        return sb.ToString();
    }

    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(realm, thisValue);
        var search = Conversions.ToString(realm, args.At(0));
        var position = Conversions.ToNumber(realm, args.At(1));
        var start = double.IsNaN(position) ? s.Length : (int)Math.Clamp(Math.Truncate(position), 0, s.Length);
        start = Math.Min(start, s.Length - search.Length);
        for (var i = start; i >= 0; i--)
        {
            if (string.CompareOrdinal(s, i, search, 0, search.Length) == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static string TrimStart(string s)
    {
        var i = 0;
        while (i < s.Length && NumberParser.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return s[i..];
    }

    private static string TrimEnd(string s)
    {
        var i = s.Length;
        while (i > 0 && NumberParser.IsWhiteSpace(s[i - 1]))
        {
            i--;
        }
        return s[..i];
    }

    private static JsValue Repeat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var s = ThisString(realm, thisValue);
        var count = Conversions.ToIntegerOrInfinity(realm, args.At(0));
        if (count < 0 || double.IsInfinity(count))
        {
            Throw.RangeError(realm, ErrorMessages.InvalidCountValue, Conversions.ToString(realm, args.At(0)));
        }
        if (s.Length * count > HeapGuard.MaxStringLength)
        {
            Throw.RangeError(realm, ErrorMessages.InvalidStringLength);
        }

        HeapGuard.ReserveString(realm, (long)(s.Length * count));
        if (s.Length == 0 || count == 0)
        {
            return JsValue.EmptyString;
        }

        // Copy the pattern once, then double what is written: log2(count) block copies instead of count appends.
        return string.Create(s.Length * (int)count, s, static (span, pattern) =>
        {
            pattern.AsSpan().CopyTo(span);
            for (var filled = pattern.Length; filled < span.Length; filled *= 2)
            {
                span[..Math.Min(filled, span.Length - filled)].CopyTo(span[filled..]);
            }
        });
    }

    private static JsValue Pad(Realm realm, string s, ReadOnlySpan<JsValue> args, bool atStart)
    {
        var maxLength = Conversions.ToLength(realm, args.At(0));
        var filler = args.At(1).IsUndefined ? " " : Conversions.ToString(realm, args.At(1));
        if (maxLength <= s.Length || filler.Length == 0)
        {
            return s;
        }
        HeapGuard.ReserveString(realm, maxLength);
        var fillLength = (int)maxLength - s.Length;
        var sb = new StringBuilder(fillLength);
        while (sb.Length < fillLength)
        {
            sb.Append(filler);
        }
        sb.Length = fillLength;
        return atStart ? sb + s : s + sb;
    }
}
