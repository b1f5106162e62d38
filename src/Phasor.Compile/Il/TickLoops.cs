using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Phasor.Compile.Ticks;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Il;

/// <summary>
/// One loop method per node type and <see cref="TickLoopKind"/>, emitted and JIT-compiled once per process and shared by
/// every kernel: the quick tier (<see cref="TickRunner"/>) runs a patch through these, so a new patch plays without
/// emitting or JIT-compiling anything of its own. Each loop calls the tick directly, which the JIT inlines.
/// </summary>
internal static class TickLoops
{
    private static readonly Dictionary<(TickForm, TickLoopKind), TickLoop> s_loops = [];
    private static readonly Dictionary<TickForm, TickInit> s_inits = [];
    private static readonly Dictionary<TickForm, TickEnd> s_ends = [];
    private static readonly Lock s_lock = new();

    private static readonly MethodInfo s_as = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.As) && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 1);

    private static readonly ConstructorInfo s_span = typeof(Span<double>).GetConstructor([typeof(double[]), typeof(int), typeof(int)])!;

    /// <summary>The loop that runs <paramref name="form"/>'s <paramref name="kind"/> method.</summary>
    public static TickLoop Loop(TickForm form, TickLoopKind kind)
    {
        lock (s_lock)
        {
            if (!s_loops.TryGetValue((form, kind), out var loop))
            {
                loop = s_loops[(form, kind)] = EmitLoop(form, kind);
            }

            return loop;
        }
    }

    /// <summary>The reset of <paramref name="form"/>'s state.</summary>
    public static TickInit Init(TickForm form)
    {
        lock (s_lock)
        {
            if (!s_inits.TryGetValue(form, out var init))
            {
                init = s_inits[form] = EmitInit(form);
            }

            return init;
        }
    }

    /// <summary>The per-block epilogue of <paramref name="form"/>, or null when it has none.</summary>
    public static TickEnd? End(TickForm form)
    {
        if (form.EndBlock is null)
        {
            return null;
        }

        lock (s_lock)
        {
            if (!s_ends.TryGetValue(form, out var end))
            {
                end = s_ends[form] = EmitEnd(form);
            }

            return end;
        }
    }

    private static TickLoop EmitLoop(TickForm form, TickLoopKind kind)
    {
        var spec = form.Spec;
        var il = new IlRecorder();
        var state = DeclareState(il, form);
        var memory = DeclareMemory(il, form);

        // The state works from a local copy the JIT can keep in registers, written back after the loop.
        var copy = il.DeclareLocal(form.StateType);
        il.Emit(OpCodes.Ldloc, state);
        il.Emit(OpCodes.Ldobj, form.StateType);
        il.Emit(OpCodes.Stloc, copy);

        var inputs = new (IlLocal Buffer, IlLocal Mask)[spec.Inputs.Count];
        for (var p = 0; p < inputs.Length; p++)
        {
            inputs[p] = (il.DeclareLocal(typeof(float[])), il.DeclareLocal(typeof(int)));
            LoadElement(il, 4, p, OpCodes.Ldelem_Ref, inputs[p].Buffer);
            LoadElement(il, 5, p, OpCodes.Ldelem_I4, inputs[p].Mask);
        }

        var reads = kind != TickLoopKind.Write;
        var outputs = new (IlLocal Buffer, IlLocal Value)[reads ? spec.Outputs.Count : 0];
        for (var o = 0; o < outputs.Length; o++)
        {
            outputs[o] = (il.DeclareLocal(typeof(float[])), il.DeclareLocal(typeof(float)));
            LoadElement(il, 6, o, OpCodes.Ldelem_Ref, outputs[o].Buffer);
        }

        var i = il.DeclareLocal(typeof(int));
        var end = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Ldarg, (short)7);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, i);
        il.Emit(OpCodes.Ldarg, (short)8);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, end);
        var top = il.DefineLabel();
        var test = il.DefineLabel();
        il.Emit(OpCodes.Br, test);
        il.MarkLabel(top);

        bool IsFeedback(int p) => spec.Inputs[p].Name == spec.FeedbackInput;
        switch (kind)
        {
            case TickLoopKind.Tick:
                EmitCall(il, form.Tick!, copy, memory, inputs, _ => true, outputs, i);
                break;
            case TickLoopKind.Read:
                EmitCall(il, form.Read!, copy, memory, inputs, p => !IsFeedback(p), outputs, i);
                break;
            case TickLoopKind.Write:
                EmitCall(il, form.Write!, copy, memory, inputs, IsFeedback, [], i);
                break;
            default:
                EmitCall(il, form.Read!, copy, memory, inputs, p => !IsFeedback(p), outputs, i);
                EmitCall(il, form.Write!, copy, memory, inputs, IsFeedback, [], i);
                break;
        }

        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, i);
        il.MarkLabel(test);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldloc, end);
        il.Emit(OpCodes.Blt, top);

        il.Emit(OpCodes.Ldloc, state);
        il.Emit(OpCodes.Ldloc, copy);
        il.Emit(OpCodes.Stobj, form.StateType);
        il.Emit(OpCodes.Ret);
        return Build<TickLoop>(il, $"tickloop_{form.Type.Name}_{kind}",
            [typeof(double[]), typeof(int), typeof(int), typeof(int), typeof(float[][]), typeof(int[]), typeof(float[][]), typeof(int), typeof(int)]);
    }

    /// <summary>One call: state, memory, the inputs <paramref name="takes"/> picks at sample i, outputs; then the stores.</summary>
    private static void EmitCall(IlRecorder il, MethodInfo method, IlLocal state, IlLocal? memory,
        (IlLocal Buffer, IlLocal Mask)[] inputs, Func<int, bool> takes, (IlLocal Buffer, IlLocal Value)[] outputs, IlLocal i)
    {
        il.Emit(OpCodes.Ldloca, state);
        if (memory is { } span)
        {
            il.Emit(OpCodes.Ldloc, span);
        }

        for (var p = 0; p < inputs.Length; p++)
        {
            if (takes(p))
            {
                il.Emit(OpCodes.Ldloc, inputs[p].Buffer);
                il.Emit(OpCodes.Ldloc, i);
                il.Emit(OpCodes.Ldloc, inputs[p].Mask);
                il.Emit(OpCodes.And);
                il.Emit(OpCodes.Ldelem_R4);
            }
        }

        foreach (var (_, value) in outputs)
        {
            il.Emit(OpCodes.Ldloca, value);
        }

        il.Emit(OpCodes.Call, method);
        foreach (var (buffer, value) in outputs)
        {
            il.Emit(OpCodes.Ldloc, buffer);
            il.Emit(OpCodes.Ldloc, i);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Stelem_R4);
        }
    }

    private static TickInit EmitInit(TickForm form)
    {
        var il = new IlRecorder();
        var state = DeclareState(il, form);
        var memory = DeclareMemory(il, form, always: true)!.Value;
        il.Emit(OpCodes.Ldloc, state);
        il.Emit(OpCodes.Ldloc, memory);
        il.Emit(OpCodes.Ldarg, (short)4);
        il.Emit(OpCodes.Ldarg, (short)5);
        il.Emit(OpCodes.Ldelema, typeof(NodeSetup));
        il.Emit(OpCodes.Call, form.Init);
        il.Emit(OpCodes.Ret);
        return Build<TickInit>(il, $"tickinit_{form.Type.Name}", [typeof(double[]), typeof(int), typeof(int), typeof(int), typeof(NodeSetup[]), typeof(int)]);
    }

    private static TickEnd EmitEnd(TickForm form)
    {
        var il = new IlRecorder();
        var state = DeclareState(il, form);
        var memory = DeclareMemory(il, form);
        il.Emit(OpCodes.Ldloc, state);
        if (memory is { } span)
        {
            il.Emit(OpCodes.Ldloc, span);
        }

        il.Emit(OpCodes.Call, form.EndBlock!);
        il.Emit(OpCodes.Ret);
        return Build<TickEnd>(il, $"tickend_{form.Type.Name}", [typeof(double[]), typeof(int), typeof(int), typeof(int)]);
    }

    /// <summary><c>ref State s = ref Unsafe.As&lt;double, State&gt;(ref arena[stateOffset])</c>.</summary>
    private static IlLocal DeclareState(IlRecorder il, TickForm form)
    {
        var state = il.DeclareLocal(form.StateType.MakeByRefType());
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldelema, typeof(double));
        il.Emit(OpCodes.Call, s_as.MakeGenericMethod(typeof(double), form.StateType));
        il.Emit(OpCodes.Stloc, state);
        return state;
    }

    /// <summary><c>Span&lt;double&gt; memory = new(arena, memoryOffset, memoryLength)</c>, for forms that take memory.</summary>
    private static IlLocal? DeclareMemory(IlRecorder il, TickForm form, bool always = false)
    {
        if (!form.HasMemory && !always)
        {
            return null;
        }

        var span = il.DeclareLocal(typeof(Span<double>));
        il.Emit(OpCodes.Ldloca, span);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_3);
        il.Emit(OpCodes.Call, s_span);
        return span;
    }

    private static void LoadElement(IlRecorder il, int argument, int index, OpCode load, IlLocal into)
    {
        il.Emit(OpCodes.Ldarg, (short)argument);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(load);
        il.Emit(OpCodes.Stloc, into);
    }

    private static T Build<T>(IlRecorder il, string name, Type[] parameters)
        where T : Delegate
    {
        var method = new DynamicMethod(name, typeof(void), parameters, typeof(TickLoops).Module, skipVisibility: true);
        il.Replay(method.GetILGenerator());
        return method.CreateDelegate<T>();
    }
}
