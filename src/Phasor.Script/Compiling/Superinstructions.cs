namespace Phasor.Script.Compiling;

/// <summary>Rewrites common instruction sequences of a finished chunk into superinstructions, in place and at equal length.</summary>
/// <remarks>
/// Only the first word of a sequence changes (to the fused opcode); the other instructions stay where they were. So
/// code offsets do not move (jumps, handlers, the line and call-site tables stay valid), the VM reads each operand
/// where the compiler wrote it, and a frame pushed by a later part of a superinstruction (a call, a getter) returns
/// to that part's own instruction. A sequence is fused only when no jump lands inside it and no handler range starts,
/// ends or lands inside it, so the sequence always runs whole. The patterns were chosen from dynamic instruction-pair
/// counts of the bench/script workloads (docs/benchmarks.md).
/// </remarks>
internal static class Superinstructions
{
    /// <summary>The patterns, tried in order at each instruction (longer ones first).</summary>
    private static readonly Pattern[] s_patterns =
    [
        new(OpCode.IncRegister, [OpCode.Ldar, OpCode.Inc, OpCode.Star], SameA: 1, SameB: 4),
        new(OpCode.DecRegister, [OpCode.Ldar, OpCode.Dec, OpCode.Star], SameA: 1, SameB: 4),
        new(OpCode.JumpIfNull, [OpCode.LdaNull, OpCode.StrictNe, OpCode.JumpIfFalse]),
        new(OpCode.JumpIfNotNull, [OpCode.LdaNull, OpCode.StrictEq, OpCode.JumpIfFalse]),
        new(OpCode.JumpIfNotLtInt, [OpCode.LdaInt, OpCode.JumpIfNotLt]),
        new(OpCode.JumpIfNotLeInt, [OpCode.LdaInt, OpCode.JumpIfNotLe]),
        new(OpCode.JumpIfNotGtInt, [OpCode.LdaInt, OpCode.JumpIfNotGt]),
        new(OpCode.JumpIfNotGeInt, [OpCode.LdaInt, OpCode.JumpIfNotGe]),
        new(OpCode.AddInt, [OpCode.LdaInt, OpCode.Add]),
        new(OpCode.SubInt, [OpCode.LdaInt, OpCode.Sub]),
        new(OpCode.MulInt, [OpCode.LdaInt, OpCode.Mul]),
        new(OpCode.ModInt, [OpCode.LdaInt, OpCode.Mod]),
        new(OpCode.LdaGlobalStar, [OpCode.LdaGlobal, OpCode.Star]),
        new(OpCode.StarLdaGlobalStar, [OpCode.Star, OpCode.LdaGlobal, OpCode.Star]),
        new(OpCode.StarCall, [OpCode.Star, OpCode.Call]),
        new(OpCode.StarLdar, [OpCode.Star, OpCode.Ldar]),
        new(OpCode.GetNamedStar, [OpCode.GetNamed, OpCode.Star]),
        new(OpCode.LdaEnvStar, [OpCode.LdaEnv, OpCode.Star]),
        new(OpCode.LdarGetKeyed, [OpCode.Ldar, OpCode.GetKeyed]),
        new(OpCode.LdarReturn, [OpCode.Ldar, OpCode.Return]),
        new(OpCode.AddReturn, [OpCode.Add, OpCode.Return]),
    ];

    /// <summary>The patterns indexed by their first opcode, in table order.</summary>
    private static readonly Pattern[][] s_byFirst = ByFirst();

    /// <summary>Builds <see cref="s_byFirst"/> with plain loops: LINQ over a struct here cost a dozen JIT compilations per process.</summary>
    private static Pattern[][] ByFirst()
    {
        var table = new Pattern[OpTable.Count][];
        for (var op = 0; op < table.Length; op++)
        {
            var count = 0;
            foreach (var p in s_patterns)
            {
                count += (int)p.Sequence[0] == op ? 1 : 0;
            }

            var row = new Pattern[count];
            count = 0;
            foreach (var p in s_patterns)
            {
                if ((int)p.Sequence[0] == op)
                {
                    row[count++] = p;
                }
            }

            table[op] = row;
        }

        return table;
    }

    /// <summary>Fuses what it can in <paramref name="code"/>, given the chunk's handler table.</summary>
    public static void Apply(int[] code, HandlerEntry[] handlers)
    {
        var boundaries = Boundaries(code, handlers);
        for (var pc = 0; pc < code.Length;)
        {
            var fused = 0;
            foreach (var pattern in s_byFirst[code[pc]])
            {
                fused = Match(code, pc, pattern, boundaries);
                if (fused > 0)
                {
                    code[pc] = (int)pattern.Fused;
                    break;
                }
            }

            pc += fused > 0 ? fused : OpTable.Get((OpCode)code[pc]).Length;
        }
    }

    /// <summary>The length of the sequence at <paramref name="pc"/> if it matches, else 0.</summary>
    private static int Match(int[] code, int pc, Pattern pattern, bool[] boundaries)
    {
        var at = pc;
        foreach (var op in pattern.Sequence)
        {
            if (at >= code.Length || code[at] != (int)op || (at != pc && boundaries[at]))
            {
                return 0;
            }

            at += OpTable.Get(op).Length;
        }

        if (at > code.Length || (pattern.SameA >= 0 && code[pc + pattern.SameA] != code[pc + pattern.SameB]))
        {
            return 0;
        }

        return at - pc;
    }

    /// <summary>The offsets where control can arrive other than from the previous instruction: jump targets and handler edges.</summary>
    private static bool[] Boundaries(int[] code, HandlerEntry[] handlers)
    {
        var marks = new bool[code.Length + 1];
        for (var pc = 0; pc < code.Length;)
        {
            var info = OpTable.Get((OpCode)code[pc]);
            for (var i = 0; i < info.Operands.Length; i++)
            {
                if (info.Operands[i] == OperandKind.Jump && code[pc + 1 + i] is var target && target >= 0 && target <= code.Length)
                {
                    marks[target] = true;
                }
            }

            pc += info.Length;
        }

        foreach (var handler in handlers)
        {
            marks[handler.Start] = marks[handler.End] = marks[handler.Target] = true;
        }

        return marks;
    }

    /// <summary>A sequence and the superinstruction that replaces it; words <paramref name="SameA"/> and <paramref name="SameB"/> (when set) must be equal.</summary>
    private readonly record struct Pattern(OpCode Fused, OpCode[] Sequence, int SameA = -1, int SameB = -1);
}
