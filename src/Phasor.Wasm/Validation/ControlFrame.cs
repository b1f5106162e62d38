using Phasor.Wasm.Instructions;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>One entry of the validator's control stack (spec appendix 7.3, <c>ctrl_frame</c>).</summary>
internal struct ControlFrame
{
    /// <summary>The instruction that opened the block: block, loop, if, else (the function's own block is a block).</summary>
    public Opcode Kind;

    /// <summary>The block's parameter types.</summary>
    public ValueType[] Start;

    /// <summary>The block's result types.</summary>
    public ValueType[] End;

    /// <summary>The operand stack height when the block was entered (below its parameters).</summary>
    public int Height;

    /// <summary>Whether the rest of the block is unreachable, so missing operands are of unknown type.</summary>
    public bool Unreachable;

    /// <summary>Gets the types a branch to this block carries: a loop's parameters, any other block's results.</summary>
    public readonly ValueType[] LabelTypes => Kind == Opcode.Loop ? Start : End;
}
