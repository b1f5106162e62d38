using System.Globalization;
using System.Text;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// Prints lowered IR, one instruction a line: position, name, operands (<c>s5</c> a slot, <c>#7</c> an immediate,
/// <c>@12</c> an index, <c>-&gt;40</c> a branch target as an absolute position). Used by tests and for tuning.
/// </summary>
internal static class Disassembler
{
    /// <summary>Prints the code words from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string Print(ReadOnlySpan<int> code, int start, int end)
    {
        var text = new StringBuilder();
        for (var at = start; at < end; at += OpTable.Length(code, at))
        {
            var op = (Op)code[at];
            text.Append(CultureInfo.InvariantCulture, $"{at,6}  {op}");
            var layout = OpTable.Operands(op);
            var word = at + 1;
            foreach (var kind in layout)
            {
                text.Append(' ');
                switch (kind)
                {
                    case 'd':
                    case 's':
                        text.Append(CultureInfo.InvariantCulture, $"s{code[word++]}");
                        break;
                    case 'i':
                        text.Append(CultureInfo.InvariantCulture, $"#{code[word++]}");
                        break;
                    case 'L':
                        text.Append(CultureInfo.InvariantCulture, $"#{(uint)code[word] | ((long)code[word + 1] << 32)}");
                        word += 2;
                        break;
                    case 'x':
                        text.Append(CultureInfo.InvariantCulture, $"@{code[word++]}");
                        break;
                    case 'o':
                        text.Append(CultureInfo.InvariantCulture, $"->{at + code[word++]}");
                        break;
                    case 'S':
                        var slots = code[word++];
                        text.Append('[');
                        for (var i = 0; i < slots; i++)
                        {
                            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? " " : "")}s{code[word++]}");
                        }

                        text.Append(']');
                        break;
                    case 'T':
                        var count = code[word++];
                        text.Append('[');
                        for (var i = 0; i < count; i++)
                        {
                            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? " " : "")}->{at + code[word++]}");
                        }

                        text.Append(']');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
