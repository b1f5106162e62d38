namespace Phasor.Wasm.Interpreter;

/// <summary>
/// What a call needs to know about a lowered function: where its code starts and how its frame is laid out
/// (parameters, then locals, then one home slot per operand stack position).
/// </summary>
/// <param name="Start">The position of its first instruction in the module's code.</param>
/// <param name="FrameSize">Slots the frame spans: parameters + locals + the deepest operand stack.</param>
/// <param name="ParamCount">Parameters (they arrive in slots 0..).</param>
/// <param name="LocalCount">Declared locals after the parameters (zeroed on entry).</param>
/// <param name="Weight">The fuel a call costs: one, plus one per 16 locals it zeroes.</param>
internal readonly record struct FunctionCode(int Start, int FrameSize, int ParamCount, int LocalCount, int Weight);
