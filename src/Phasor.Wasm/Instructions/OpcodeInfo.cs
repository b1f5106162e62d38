using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Instructions;

/// <summary>
/// What the decoder and validator need to know about one opcode: its immediates and, for the instructions whose
/// typing is a fixed signature (numeric operators, conversions, loads, stores), that signature.
/// </summary>
/// <param name="Immediate">The shape of the immediates.</param>
/// <param name="Operand1">The deeper operand's type, or 0 when the signature is not fixed or takes no operand.</param>
/// <param name="Operand2">The top operand's type of a two-operand signature, or 0.</param>
/// <param name="Result">The result type, or 0 when there is none.</param>
/// <param name="AccessLog2">For loads and stores: log2 of the access size in bytes, the largest valid alignment.</param>
public readonly record struct OpcodeInfo(ImmediateKind Immediate, ValueType Operand1, ValueType Operand2, ValueType Result, byte AccessLog2)
{
    /// <summary>Gets whether the instruction's typing is the fixed signature in this record.</summary>
    public bool HasSignature => Operand1 != 0 || Result != 0;

    /// <summary>Gets whether the instruction is a load or store (a <see cref="ImmediateKind.MemArg"/> instruction).</summary>
    public bool IsMemoryAccess => Immediate == ImmediateKind.MemArg;
}
