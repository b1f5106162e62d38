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

    /// <summary>Creates a <c>call_indirect</c> trap naming the table index, as the suite's messages do.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException Element(TrapKind kind, uint index, int* ip) =>
        new(kind, index.ToString(System.Globalization.CultureInfo.InvariantCulture), (nint)ip);
}
