namespace Phasor.Wasm.Runtime;

/// <summary>The one catalogue of trap messages, worded as the spec test suite's <c>assert_trap</c> expects them.</summary>
public static class TrapMessages
{
    private static readonly string[] s_messages =
    [
        "unreachable",
        "integer divide by zero",
        "integer overflow",
        "invalid conversion to integer",
        "out of bounds memory access",
        "out of bounds table access",
        "undefined element",
        "uninitialized element",
        "indirect call type mismatch",
        "call stack exhausted",
        "fuel exhausted",
        "interrupted",
    ];

    /// <summary>Gets the message for <paramref name="kind"/>.</summary>
    public static string For(TrapKind kind) => s_messages[(int)kind];
}
