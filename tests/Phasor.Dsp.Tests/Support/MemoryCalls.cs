using System.Reflection;
using System.Reflection.Emit;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Tests.Support;

/// <summary>
/// Calls of a tick form's <c>Tick</c> and a span form's <c>Process</c> with the node's memory in an array (as a
/// <c>Span&lt;double&gt;</c> for node types that take one), inputs and outputs in arrays. Emitted as IL, because
/// expression trees cannot hold spans.
/// </summary>
internal static class MemoryCalls
{
    /// <summary>A tick: inputs and outputs in port order.</summary>
    public delegate void TickFn<TState>(ref TState s, double[] memory, float[] inputs, float[] outputs);

    /// <summary>A span form's Process.</summary>
    public delegate void SpanFn<TState>(ref TState s, double[] memory, ref NodeBlock block);

    private static readonly ConstructorInfo s_span = typeof(Span<double>).GetConstructor([typeof(double[])])!;

    public static TickFn<TState> Tick<TState>(MethodInfo tick, bool hasMemory)
    {
        var method = new DynamicMethod("tick", typeof(void), [typeof(TState).MakeByRefType(), typeof(double[]), typeof(float[]), typeof(float[])], typeof(MemoryCalls).Module, true);
        var il = method.GetILGenerator();
        var parameters = tick.GetParameters().Skip(hasMemory ? 2 : 1).ToArray();
        var outs = parameters.Where(p => p.IsOut).Select(_ => il.DeclareLocal(typeof(float))).ToArray();
        il.Emit(OpCodes.Ldarg_0);
        EmitMemory(il, hasMemory);
        int input = 0, output = 0;
        foreach (var p in parameters)
        {
            if (p.IsOut)
            {
                il.Emit(OpCodes.Ldloca, outs[output++]);
            }
            else
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, input++);
                il.Emit(OpCodes.Ldelem_R4);
            }
        }

        il.Emit(OpCodes.Call, tick);
        for (var o = 0; o < outs.Length; o++)
        {
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Ldc_I4, o);
            il.Emit(OpCodes.Ldloc, outs[o]);
            il.Emit(OpCodes.Stelem_R4);
        }

        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<TickFn<TState>>();
    }

    public static SpanFn<TState> Span<TState>(MethodInfo process, bool hasMemory)
    {
        var method = new DynamicMethod("span", typeof(void), [typeof(TState).MakeByRefType(), typeof(double[]), typeof(NodeBlock).MakeByRefType()], typeof(MemoryCalls).Module, true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        EmitMemory(il, hasMemory);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Call, process);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<SpanFn<TState>>();
    }

    private static void EmitMemory(ILGenerator il, bool hasMemory)
    {
        if (hasMemory)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Newobj, s_span);
        }
    }
}
