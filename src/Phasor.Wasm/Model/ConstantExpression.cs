using Phasor.Wasm.Instructions;

namespace Phasor.Wasm.Model;

/// <summary>
/// An initialiser expression (spec 3.3.10): the instructions before its <c>end</c>, as decoded. The decoder
/// keeps whatever instructions it finds so the validator can report "constant expression required" or a type
/// mismatch; after validation it is one constant, <c>ref.null</c>, <c>ref.func</c> or <c>global.get</c>.
/// </summary>
/// <param name="Instructions">The instructions, without the final <c>end</c>.</param>
/// <param name="Offset">The byte offset of the first instruction in the module, for error messages.</param>
public sealed record ConstantExpression(ConstantInstruction[] Instructions, int Offset);

/// <summary>One instruction of a <see cref="ConstantExpression"/>.</summary>
/// <param name="Opcode">The instruction.</param>
/// <param name="Immediate">
/// The constant's bits (<c>i32.const</c> sign-extended, <c>f32.const</c> in the low 32 bits), the index of
/// <c>global.get</c> or <c>ref.func</c>, or the <see cref="ValueType"/> byte of <c>ref.null</c>.
/// </param>
public readonly record struct ConstantInstruction(Opcode Opcode, ulong Immediate);
