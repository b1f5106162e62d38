namespace Phasor.Script.Compiling;

/// <summary>
/// Retargets jumps that land on other jumps, in a finished chunk before <see cref="Superinstructions"/> runs. Chains of
/// <c>&amp;&amp;</c> and <c>||</c> compile to a conditional jump onto another that tests the same accumulator: onto one
/// of the same kind it may go straight to that one's target, onto the opposite kind straight past it; any jump onto an
/// unconditional one may go to its target. Each hop removed is a dispatch saved on every run of the condition.
/// </summary>
/// <remarks>
/// Nothing moves, so the line table, handlers and call sites stay valid. The budget still sees every loop: a cycle
/// of program counters must step backwards somewhere, so some jump it runs still has a target at or before itself.
/// </remarks>
internal static class JumpThreading
{
    /// <summary>The most hops followed from one jump (a loop of jumps, such as <c>for (;;) {}</c>, ends the walk).</summary>
    private const int MaxHops = 8;

    /// <summary>Retargets every <c>jump</c>, <c>jump_if_true</c> and <c>jump_if_false</c> in <paramref name="code"/>.</summary>
    public static void Apply(int[] code)
    {
        for (var pc = 0; pc < code.Length; pc += OpTable.Get((OpCode)code[pc]).Length)
        {
            var op = (OpCode)code[pc];
            if (op is OpCode.Jump or OpCode.JumpIfTrue or OpCode.JumpIfFalse)
            {
                code[pc + 1] = FinalTarget(code, op, code[pc + 1]);
            }
        }
    }

    /// <summary>Where a jump of kind <paramref name="op"/> to <paramref name="target"/> ends up after the jumps it lands on.</summary>
    private static int FinalTarget(int[] code, OpCode op, int target)
    {
        var conditional = op != OpCode.Jump;
        for (var hop = 0; hop < MaxHops && target >= 0 && target < code.Length; hop++)
        {
            var next = (OpCode)code[target];
            if (next == OpCode.Jump || (conditional && next == op))
            {
                target = code[target + 1];
            }
            else if (conditional && next is OpCode.JumpIfTrue or OpCode.JumpIfFalse)
            {
                // The opposite test of the same accumulator: it falls through.
                target += OpTable.Get(next).Length;
            }
            else
            {
                break;
            }
        }

        return target;
    }
}
