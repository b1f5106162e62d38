namespace Phasor.Script.Compiling;

/// <summary>What an instruction operand means, so the disassembler and verifier can print and check it.</summary>
internal enum OperandKind
{
    /// <summary>A register of the current frame.</summary>
    Register,

    /// <summary>An index into the chunk's constant pool.</summary>
    Constant,

    /// <summary>A plain integer.</summary>
    Int,

    /// <summary>An absolute instruction offset.</summary>
    Jump,

    /// <summary>An index into the chunk's nested function templates.</summary>
    Function,

    /// <summary>An index into the chunk's global cells.</summary>
    Cell,

    /// <summary>An index into the chunk's inline caches.</summary>
    Cache,

    /// <summary>The opcode word of an instruction inside a superinstruction; not an operand of its own.</summary>
    Padding,
}
