using System.Text;
using System.Text.RegularExpressions;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// Rewrites that let Debian's wabt 1.0.32 convert files it otherwise rejects, each into text with the same meaning:
/// the test suite's modules and assertions are unchanged, only spelt in syntax that wabt's parser knows. A test
/// checks that wabt still rejects every original, so a patch that is no longer needed is noticed.
/// </summary>
internal static partial class WastPatches
{
    /// <summary>The patch for each file that needs one.</summary>
    public static readonly IReadOnlyDictionary<string, WastPatch> ByFile = new Dictionary<string, WastPatch>
    {
        ["if.wast"] = new(
            "wabt 1.0.32 accepts only one folded condition before (then): the first of two is moved before the if",
            text => ReplaceOnce(text, "(if (i32.const 1) (i32.eqz) (then) (else))", "(i32.const 1) (if (i32.eqz) (then) (else))"),
            AllFeatures: true),
        ["table_fill.wast"] = TableIndexPatch(),
        ["table_get.wast"] = TableIndexPatch(),
        ["table_grow.wast"] = TableIndexPatch(),
        ["table_set.wast"] = TableIndexPatch(),
        ["table_size.wast"] = TableIndexPatch(),
    };

    /// <summary>
    /// Table instructions without a table index mean table 0; wabt 1.0.32 wants the 0 written. Converted without
    /// --enable-all, whose typed function references make wabt type <c>ref.func</c> as <c>(ref 0)</c>, not funcref.
    /// </summary>
    private static WastPatch TableIndexPatch() => new(
        "wabt 1.0.32 needs the implicit table index 0 of table.get/set/fill/grow/size written out",
        WriteImplicitTableIndices,
        AllFeatures: false);

    private static string ReplaceOnce(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(original, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"patch target not found exactly once: {original}");
        }

        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length));
    }

    /// <summary>Adds " 0" after each table instruction not followed by an index, outside strings and comments.</summary>
    private static string WriteImplicitTableIndices(string text)
    {
        var result = new StringBuilder(text.Length + 256);
        var i = 0;
        while (i < text.Length)
        {
            var skip = SkipStringOrComment(text, i);
            if (skip > i)
            {
                result.Append(text, i, skip - i);
                i = skip;
                continue;
            }

            var match = TableInstruction().Match(text, i);
            if (match.Success && match.Index == i && (i == 0 || !IsNameChar(text[i - 1])))
            {
                result.Append(match.Value);
                i += match.Length;
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && text[next] != '$' && !char.IsAsciiDigit(text[next]))
                {
                    result.Append(" 0");
                }

                continue;
            }

            result.Append(text[i++]);
        }

        return result.ToString();
    }

    private static int SkipStringOrComment(string text, int i)
    {
        if (text[i] == '"')
        {
            var j = i + 1;
            while (j < text.Length && text[j] != '"')
            {
                j += text[j] == '\\' ? 2 : 1;
            }

            return Math.Min(j + 1, text.Length);
        }

        if (string.CompareOrdinal(text, i, ";;", 0, 2) == 0)
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end;
        }

        if (string.CompareOrdinal(text, i, "(;", 0, 2) == 0)
        {
            var end = text.IndexOf(";)", i, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + 2;
        }

        return i;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '$';

    [GeneratedRegex(@"\Gtable\.(get|set|fill|grow|size)\b")]
    private static partial Regex TableInstruction();
}

/// <summary>One file's rewrite for wabt 1.0.32.</summary>
/// <param name="Reason">Why the file needs it.</param>
/// <param name="Apply">The rewrite of the file's text.</param>
/// <param name="AllFeatures">Whether to convert with <c>--enable-all</c> (else wabt's default features, Wasm 2.0).</param>
internal sealed record WastPatch(string Reason, Func<string, string> Apply, bool AllFeatures);
