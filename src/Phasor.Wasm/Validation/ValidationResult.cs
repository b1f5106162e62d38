namespace Phasor.Wasm.Validation;

/// <summary>What validation learnt about a module that later stages (lowering to the interpreter's IR) can reuse.</summary>
/// <param name="Functions">One summary per defined function, in code section order.</param>
public sealed record ValidationResult(FunctionSummary[] Functions);

/// <summary>Facts about one defined function, measured by the validator while it typed the body.</summary>
/// <param name="MaxOperandHeight">
/// The most operands on the stack at once, not counting parameters and locals (values in unreachable code
/// included), so a frame needs <c>parameters + locals + MaxOperandHeight</c> slots.
/// </param>
/// <param name="MaxBlockDepth">The deepest nesting of blocks, the function's own block counted as 1.</param>
/// <param name="InstructionCount">How many instructions the body has, its final <c>end</c> included.</param>
public readonly record struct FunctionSummary(int MaxOperandHeight, int MaxBlockDepth, int InstructionCount);
