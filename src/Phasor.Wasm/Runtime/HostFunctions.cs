using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// Adapts host delegates to the slot form (<see cref="SlotCallback"/>) every host function is called through.
/// Typed delegates convert each argument with <see cref="SlotValue"/> and do not allocate per call; untyped
/// callbacks get <see cref="Value"/> arrays, allocated per call.
/// </summary>
internal static class HostFunctions
{
    /// <summary>Wraps an untyped callback.</summary>
    public static SlotCallback FromUntyped(FuncType type, HostCallback callback) => (caller, slots) =>
    {
        var store = caller.Store;
        var args = new Value[type.Parameters.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = store.FromSlot(type.Parameters[i], slots[i]);
        }

        var results = new Value[type.Results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Value.Default(type.Results[i]);
        }

        callback(caller, args, results);
        for (var i = 0; i < results.Length; i++)
        {
            slots[i] = store.ToSlot(results[i], type.Results[i]);
        }
    };

    /// <summary>Wraps <c>() =&gt; R</c>.</summary>
    public static (FuncType, SlotCallback) Of<TR>(Func<TR> f) =>
        (new([], [SlotValue.TypeOf<TR>()]), (_, s) => s[0] = SlotValue.From(f()));

    /// <summary>Wraps <c>(A) =&gt; R</c>.</summary>
    public static (FuncType, SlotCallback) Of<T1, TR>(Func<T1, TR> f) =>
        (new([SlotValue.TypeOf<T1>()], [SlotValue.TypeOf<TR>()]), (_, s) => s[0] = SlotValue.From(f(SlotValue.To<T1>(s[0]))));

    /// <summary>Wraps <c>(A, B) =&gt; R</c>.</summary>
    public static (FuncType, SlotCallback) Of<T1, T2, TR>(Func<T1, T2, TR> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>()], [SlotValue.TypeOf<TR>()]),
            (_, s) => s[0] = SlotValue.From(f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1]))));

    /// <summary>Wraps <c>(A, B, C) =&gt; R</c>.</summary>
    public static (FuncType, SlotCallback) Of<T1, T2, T3, TR>(Func<T1, T2, T3, TR> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>()], [SlotValue.TypeOf<TR>()]),
            (_, s) => s[0] = SlotValue.From(f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1]), SlotValue.To<T3>(s[2]))));

    /// <summary>Wraps <c>(A, B, C, D) =&gt; R</c>.</summary>
    public static (FuncType, SlotCallback) Of<T1, T2, T3, T4, TR>(Func<T1, T2, T3, T4, TR> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>(), SlotValue.TypeOf<T4>()], [SlotValue.TypeOf<TR>()]),
            (_, s) => s[0] = SlotValue.From(f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1]), SlotValue.To<T3>(s[2]), SlotValue.To<T4>(s[3]))));

    /// <summary>Wraps <c>() =&gt; void</c>.</summary>
    public static (FuncType, SlotCallback) Of(Action f) => (new([], []), (_, _) => f());

    /// <summary>Wraps <c>(A) =&gt; void</c>.</summary>
    public static (FuncType, SlotCallback) OfAction<T1>(Action<T1> f) =>
        (new([SlotValue.TypeOf<T1>()], []), (_, s) => f(SlotValue.To<T1>(s[0])));

    /// <summary>Wraps <c>(A, B) =&gt; void</c>.</summary>
    public static (FuncType, SlotCallback) OfAction<T1, T2>(Action<T1, T2> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>()], []), (_, s) => f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1])));

    /// <summary>Wraps <c>(A, B, C) =&gt; void</c>.</summary>
    public static (FuncType, SlotCallback) OfAction<T1, T2, T3>(Action<T1, T2, T3> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>()], []),
            (_, s) => f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1]), SlotValue.To<T3>(s[2])));

    /// <summary>Wraps <c>(A, B, C, D) =&gt; void</c>.</summary>
    public static (FuncType, SlotCallback) OfAction<T1, T2, T3, T4>(Action<T1, T2, T3, T4> f) =>
        (new([SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>(), SlotValue.TypeOf<T4>()], []),
            (_, s) => f(SlotValue.To<T1>(s[0]), SlotValue.To<T2>(s[1]), SlotValue.To<T3>(s[2]), SlotValue.To<T4>(s[3])));
}
