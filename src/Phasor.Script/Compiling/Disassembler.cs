using System.Text;
using Phasor.Script.Runtime;

namespace Phasor.Script.Compiling;

/// <summary>Renders chunks as text listings, one function after another, for tests and <c>phasor run --disasm</c>.</summary>
internal static class Disassembler
{
    /// <summary>Lists a chunk and, after it, every nested function.</summary>
    public static string Disassemble(Chunk chunk)
    {
        var sb = new StringBuilder();
        Append(sb, chunk);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Chunk chunk)
    {
        sb.Append("== ").Append(chunk.Name.Length == 0 ? "(anonymous)" : chunk.Name)
          .Append(" params=").Append(chunk.ParameterCount)
          .Append(" registers=").Append(chunk.RegisterCount);
        if (chunk.ThisRegister >= 0)
        {
            sb.Append(" this=r").Append(chunk.ThisRegister);
        }

        sb.Append(" ==\n");
        var lastLine = -1;
        for (var pc = 0; pc < chunk.Code.Length;)
        {
            var op = (OpCode)chunk.Code[pc];
            var info = OpTable.Get(op);
            var fused = info.FusedFirst is { } first ? info.Name : null;
            if (fused is not null)
            {
                // A superinstruction: list the instructions it runs, which are still in place after its first word.
                info = OpTable.Get(info.FusedFirst!.Value);
            }

            var line = chunk.PositionAt(pc).Line;
            sb.Append(pc.ToString("D4")).Append(' ').Append(line == lastLine ? "   |" : line.ToString().PadLeft(4)).Append("  ");
            lastLine = line;
            sb.Append(info.Name);
            for (var i = 0; i < info.Operands.Length; i++)
            {
                sb.Append(i == 0 ? " " : ", ").Append(Operand(chunk, info.Operands[i], chunk.Code[pc + 1 + i]));
            }

            sb.Append(fused is null ? "\n" : "    ; fused: " + fused + "\n");
            pc += info.Length;
        }

        foreach (var handler in chunk.Handlers)
        {
            sb.Append("  handler [").Append(handler.Start).Append(", ").Append(handler.End).Append(") -> ").Append(handler.Target).Append('\n');
        }

        foreach (var function in chunk.Functions)
        {
            Append(sb, function);
        }
    }

    private static string Operand(Chunk chunk, OperandKind kind, int value) => kind switch
    {
        OperandKind.Register => "r" + value,
        OperandKind.Constant => Describe(chunk.Constants[value]),
        OperandKind.Jump => "@" + value,
        OperandKind.Function => "fn" + value + "<" + chunk.Functions[value].Name + ">",
        OperandKind.Cell => "global " + chunk.Cells[value].Name,
        OperandKind.Cache => "ic" + value,
        _ => value.ToString(),
    };

    private static string Describe(JsValue value) => value.IsString ? Inspector.Quote(value.String) : value.ToString();
}
