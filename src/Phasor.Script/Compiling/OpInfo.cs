namespace Phasor.Script.Compiling;

/// <summary>The static description of one opcode: its mnemonic and operand layout.</summary>
internal sealed record OpInfo(string Name, params OperandKind[] Operands)
{
    /// <summary>Instruction length in code units, opcode included.</summary>
    public int Length => 1 + Operands.Length;

    /// <summary>Gets, for a superinstruction, the opcode its first word replaced (the rest of the sequence is still in place).</summary>
    public OpCode? FusedFirst { get; init; }
}
