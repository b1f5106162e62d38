namespace Phasor.Script.Compiling;

/// <summary>One protected range of a chunk: an exception raised at an offset in [Start, End) jumps to Target.</summary>
/// <remarks>EnvRegister holds the environment saved when the try statement was entered, restored before the handler runs.</remarks>
internal readonly record struct HandlerEntry(int Start, int End, int Target, int EnvRegister);
