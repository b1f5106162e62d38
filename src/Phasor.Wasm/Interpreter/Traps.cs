using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>Throw helpers for the dispatch loop: kept out of line so handlers stay small.</summary>
internal static unsafe class Traps
{
    /// <summary>Throws a trap at the instruction <paramref name="ip"/>, which the module resolves to a function.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Throw(TrapKind kind, int* ip) => throw new TrapException(kind, (nint)ip);
}
