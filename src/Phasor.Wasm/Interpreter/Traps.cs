using System.Runtime.CompilerServices;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// Creates trap exceptions for the dispatch loop, out of line. Handlers write <c>throw Traps.At(...)</c> rather than
/// calling a throwing helper: the JIT then knows the path ends, keeps it cold, and does not spill registers for it.
/// </summary>
internal static unsafe class Traps
{
    /// <summary>Creates a trap at the instruction <paramref name="ip"/>, which the module resolves to a function.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException At(TrapKind kind, int* ip) => new(kind, (nint)ip);
}
