using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Phasor.Compile.Ticks;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Il;

/// <summary>
/// Calls a span form's <c>Process</c> on the state at <paramref name="stateOffset"/> of <paramref name="arena"/> (and its
/// memory, for node types that have some).
/// </summary>
internal delegate void SpanCall(double[] arena, int stateOffset, int memoryOffset, int memoryLength, ref NodeBlock block);

/// <summary>
/// One call stub per node type with a span form, emitted once per process: it turns the arena slot into a ref to the
/// tick form's State. The span form and its out-of-line helpers are JIT-compiled when its stub is made (on the control
/// thread), not in the first block it plays.
/// </summary>
internal static class SpanCalls
{
    private static readonly Dictionary<TickForm, SpanCall> s_calls = [];
    private static readonly Lock s_lock = new();

    private static readonly ConstructorInfo s_span = typeof(Span<double>).GetConstructor([typeof(double[]), typeof(int), typeof(int)])!;

    private static readonly MethodInfo s_as = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.As) && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 1);

    /// <summary>The stub for <paramref name="form"/>, which must have a span form.</summary>
    public static SpanCall Of(TickForm form)
    {
        lock (s_lock)
        {
            if (!s_calls.TryGetValue(form, out var call))
            {
                call = s_calls[form] = Emit(form);
            }

            return call;
        }
    }

    private static SpanCall Emit(TickForm form)
    {
        var process = form.Span ?? throw new ArgumentException($"'{form.Spec.Type}' has no span form", nameof(form));
        var method = new DynamicMethod(
            $"phasor_span_{form.Spec.Type}", typeof(void), [typeof(double[]), typeof(int), typeof(int), typeof(int), typeof(NodeBlock).MakeByRefType()], typeof(SpanCalls).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldelema, typeof(double));
        il.Emit(OpCodes.Call, s_as.MakeGenericMethod(typeof(double), form.StateType));
        if (form.HasMemory)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Newobj, s_span);
        }

        il.Emit(OpCodes.Ldarg_S, (byte)4);
        il.Emit(OpCodes.Call, process);
        il.Emit(OpCodes.Ret);
        // The helpers a span form calls out of line are compiled fully optimised too: all of them now, not in a first block.
        foreach (var helper in process.DeclaringType!.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            if ((helper.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0 && !helper.ContainsGenericParameters)
            {
                RuntimeHelpers.PrepareMethod(helper.MethodHandle);
            }
        }

        return method.CreateDelegate<SpanCall>();
    }
}
