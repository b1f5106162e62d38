using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>The sentinel objects stored in <see cref="JsValue"/>'s reference field to mark a non-string, non-object kind.</summary>
/// <remarks>
/// Each tag is the <see cref="Type"/> of a private marker class. The runtime allocates type objects on its non-moving,
/// never-collected heap and the JIT folds <c>typeof</c> to a constant, so a tag test is a compare with an immediate
/// and, more importantly, storing a freshly made number, boolean or null into the register stack or an object's slots
/// needs no GC write barrier (the JIT omits it for frozen objects); with ordinary static objects every such store
/// called the barrier helper.
/// </remarks>
internal static class ValueTag
{
    /// <summary>Marks a number: the value is in the double field.</summary>
    public static object Number
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => typeof(NumberTag);
    }

    /// <summary>Marks a boolean: the double field holds 1 for true and 0 for false.</summary>
    public static object Boolean
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => typeof(BooleanTag);
    }

    /// <summary>Marks the null value.</summary>
    public static object Null
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => typeof(NullTag);
    }

    /// <summary>Marks an array hole; never visible to scripts (arrays turn it into undefined or a prototype lookup).</summary>
    public static object Hole
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => typeof(HoleTag);
    }

    /// <summary>The tag's name for debugging output, or null when <paramref name="reference"/> is not a tag.</summary>
    public static string? NameOf(object reference) =>
        ReferenceEquals(reference, Number) ? "number"
        : ReferenceEquals(reference, Boolean) ? "boolean"
        : ReferenceEquals(reference, Null) ? "null"
        : ReferenceEquals(reference, Hole) ? "hole"
        : null;

    internal sealed class NumberTag;

    internal sealed class BooleanTag;

    internal sealed class NullTag;

    internal sealed class HoleTag;
}
