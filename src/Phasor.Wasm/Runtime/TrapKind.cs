namespace Phasor.Wasm.Runtime;

/// <summary>Why execution stopped with a trap; <see cref="TrapMessages"/> words each as the spec test suite does.</summary>
public enum TrapKind
{
    /// <summary>The <c>unreachable</c> instruction ran.</summary>
    Unreachable,

    /// <summary>An integer division or remainder by zero.</summary>
    IntegerDivideByZero,

    /// <summary>A signed division overflowed, or a float-to-integer truncation was out of range.</summary>
    IntegerOverflow,

    /// <summary>A float-to-integer truncation of NaN.</summary>
    InvalidConversionToInteger,

    /// <summary>A memory access, <c>memory.init/copy/fill</c> or data segment fell outside the memory.</summary>
    OutOfBoundsMemoryAccess,

    /// <summary>A table access, <c>table.init/copy/fill</c> or element segment fell outside the table.</summary>
    OutOfBoundsTableAccess,

    /// <summary><c>call_indirect</c> with an index outside the table.</summary>
    UndefinedElement,

    /// <summary><c>call_indirect</c> on a null table entry.</summary>
    UninitializedElement,

    /// <summary><c>call_indirect</c> on a function of another type.</summary>
    IndirectCallTypeMismatch,

    /// <summary>The call depth or the value stack reached its limit.</summary>
    CallStackExhausted,

    /// <summary>The store's fuel ran out.</summary>
    OutOfFuel,

    /// <summary>Another thread called <see cref="Store.Interrupt"/>.</summary>
    Interrupted,
}
