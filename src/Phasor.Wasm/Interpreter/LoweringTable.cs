using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Interpreter;

/// <summary>How the lowering treats a numeric Wasm instruction.</summary>
internal enum NumericShape : byte
{
    /// <summary>Not a numeric instruction.</summary>
    None,

    /// <summary>One operand, one result.</summary>
    Unary,

    /// <summary>Two operands, one result.</summary>
    Binary,

    /// <summary>The bits do not change (reinterpretations, <c>i64.extend_i32_u</c> of a zero-extended i32): no code.</summary>
    Passthrough,
}

/// <summary>The IR forms of one numeric Wasm instruction.</summary>
/// <param name="Shape">Its shape.</param>
/// <param name="Op">The all-slots form.</param>
/// <param name="Imm">The form with a constant right operand, or -1.</param>
/// <param name="SwappedImm">The constant-right form to use when the left operand is the constant, or -1.</param>
/// <param name="NegateImm">Whether the constant is negated for <see cref="Imm"/> (subtraction as addition).</param>
/// <param name="Wide">Whether the operands are i64 (an immediate must then fit in 32 bits, sign-extended).</param>
internal readonly record struct NumericForm(NumericShape Shape, Op Op, Op Imm, Op SwappedImm, bool NegateImm, bool Wide);

/// <summary>
/// Tables the lowering consults, built once from the names of <see cref="Opcode"/> and <see cref="Op"/> (an IR
/// instruction carries its Wasm instruction's name): numeric forms, and which comparison fuses with a following
/// branch into which compare-and-branch instruction.
/// </summary>
internal static class LoweringTable
{
    private static readonly Dictionary<Opcode, NumericForm> s_numeric = BuildNumeric();
    private static readonly Dictionary<Op, (Op WhenTrue, Op WhenFalse)> s_branches = BuildBranches();

    /// <summary>Gets the numeric form of <paramref name="opcode"/> (shape None when it is not numeric).</summary>
    public static NumericForm Numeric(Opcode opcode) => s_numeric.GetValueOrDefault(opcode);

    /// <summary>Gets the compare-and-branch forms of a comparison: branch when it holds, branch when it does not.</summary>
    public static bool TryFuse(Op compare, out Op whenTrue, out Op whenFalse)
    {
        var found = s_branches.TryGetValue(compare, out var pair);
        (whenTrue, whenFalse) = pair;
        return found;
    }

    private static Dictionary<Opcode, NumericForm> BuildNumeric()
    {
        var table = new Dictionary<Opcode, NumericForm>();
        foreach (var opcode in Enum.GetValues<Opcode>())
        {
            var name = opcode.ToString();
            if (opcode is Opcode.I64ExtendI32U or Opcode.I32ReinterpretF32 or Opcode.I64ReinterpretF64
                or Opcode.F32ReinterpretI32 or Opcode.F64ReinterpretI64)
            {
                table[opcode] = new(NumericShape.Passthrough, default, (Op)(-1), (Op)(-1), false, false);
                continue;
            }

            if (!name.StartsWith('I') && !name.StartsWith('F') || !Enum.TryParse<Op>(name, out var op) || name.Contains("Load", StringComparison.Ordinal)
                || name.Contains("Store", StringComparison.Ordinal) || name.Contains("Const", StringComparison.Ordinal))
            {
                continue;
            }

            var layout = OpTable.Operands(op);
            var shape = layout == "dss" ? NumericShape.Binary : NumericShape.Unary;
            var imm = Enum.TryParse<Op>(name + "Imm", out var i) ? i : (Op)(-1);
            var negate = false;
            if (name is "I32Sub" or "I64Sub")
            {
                imm = name == "I32Sub" ? Op.I32AddImm : Op.I64AddImm;
                negate = true;
            }

            table[opcode] = new(shape, op, imm, Swapped(name, imm), negate, name.StartsWith("I64", StringComparison.Ordinal));
        }

        return table;
    }

    /// <summary>The constant-right form computing the same result when the constant is the left operand.</summary>
    private static Op Swapped(string name, Op imm)
    {
        if ((int)imm < 0 || name.EndsWith("Sub", StringComparison.Ordinal) || name.EndsWith("Shl", StringComparison.Ordinal)
            || name.EndsWith("ShrS", StringComparison.Ordinal) || name.EndsWith("ShrU", StringComparison.Ordinal))
        {
            return (Op)(-1);
        }

        var type = name[..3];
        var flipped = name[3..] switch
        {
            "LtS" => "GtS",
            "LtU" => "GtU",
            "GtS" => "LtS",
            "GtU" => "LtU",
            "LeS" => "GeS",
            "LeU" => "GeU",
            "GeS" => "LeS",
            "GeU" => "LeU",
            var same => same,
        };
        return Enum.Parse<Op>(type + flipped + "Imm");
    }

    private static Dictionary<Op, (Op, Op)> BuildBranches()
    {
        var table = new Dictionary<Op, (Op, Op)>
        {
            [Op.I32Eqz] = (Op.BrZ, Op.BrNz),
            [Op.I64Eqz] = (Op.BrZ64, Op.BrNz64),
        };
        string[] predicates = ["Eq", "Ne", "LtS", "LtU", "GtS", "GtU", "LeS", "LeU", "GeS", "GeU"];
        string[] negated = ["Ne", "Eq", "GeS", "GeU", "LeS", "LeU", "GtS", "GtU", "LtS", "LtU"];
        foreach (var type in (string[])["I32", "I64"])
        {
            foreach (var suffix in (string[])["", "Imm"])
            {
                for (var p = 0; p < predicates.Length; p++)
                {
                    var compare = Enum.Parse<Op>(type + predicates[p] + suffix);
                    table[compare] = (Enum.Parse<Op>("Br" + type + predicates[p] + suffix), Enum.Parse<Op>("Br" + type + negated[p] + suffix));
                }
            }
        }

        return table;
    }
}
