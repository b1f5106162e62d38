using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Tests.Support;

/// <summary>
/// Runs a node type's lane form beside its tick form: <see cref="Lanes.Count"/> scalar voices, each with its own setup
/// and inputs from <see cref="LaneSignals"/>, against one lane state loaded from the same fresh voices. Every output
/// sample of every voice must be bit for bit the same, and so must every voice's state at the checkpoints (where the
/// lane state is also stored and loaded again into a fresh one, as at a block boundary) and at the end.
/// </summary>
internal static class LaneRunner
{
    public delegate void InitFn<TVoice>(ref TVoice s, Span<double> memory, in NodeSetup setup);

    public delegate void CopyFn<TLanes, TVoice>(ref TLanes lanes, ref TVoice voice, int lane);

    /// <summary>A tick with its inputs and outputs in arrays, in port order.</summary>
    public delegate void TickFn<TState, TValue>(ref TState s, TValue[] inputs, TValue[] outputs);

    /// <summary>Runs <paramref name="kernel"/> for <paramref name="frames"/> frames; fails on the first difference.</summary>
    public static void Run(NodeKernel kernel, int frames, int[] checkpoints) =>
        Typed(nameof(RunTyped), kernel).Call(kernel, frames, checkpoints);

    /// <summary>
    /// Fills eight voices' states with unusual values (signed zero, NaN, infinities, subnormals, a different pattern per
    /// voice), loads them all, stores each over a state filled otherwise, and requires every field back bit for bit.
    /// </summary>
    public static void RoundTrip(NodeKernel kernel) => Typed(nameof(RoundTripTyped), kernel).Call(kernel);

    /// <summary>The tick form's State type of <paramref name="form"/> (a tick or lane form).</summary>
    public static Type StateOf(Type form) => form.GetNestedType("State") ?? throw new InvalidOperationException($"{form.Name} has no State.");

    /// <summary>The setup of voice <paramref name="lane"/>: its own sample rate, and each choice parameter at a different choice.</summary>
    public static NodeSetup Setup(NodeKernel kernel, int lane)
    {
        var values = new Dictionary<string, ParamValue>();
        foreach (var p in kernel.Spec.Parameters.Where(p => p.Kind == ParamKind.Choice))
        {
            values[p.Name] = ParamValue.Of(lane % p.Choices!.Length);
        }

        return new NodeSetup(LaneSignals.Rates[lane], 4096, new NodeParams(kernel.Spec, values));
    }

    /// <summary>Compiles a call of <paramref name="tick"/> (after its ref state: values in, then outs) into a <see cref="TickFn{TState, TValue}"/>.</summary>
    public static TickFn<TState, TValue> Compile<TState, TValue>(MethodInfo tick)
    {
        var s = Expression.Parameter(typeof(TState).MakeByRefType(), "s");
        var inputs = Expression.Parameter(typeof(TValue[]), "inputs");
        var outputs = Expression.Parameter(typeof(TValue[]), "outputs");
        var locals = new List<ParameterExpression>();
        var args = new List<Expression> { s };
        var after = new List<Expression>();
        foreach (var p in tick.GetParameters().Skip(1))
        {
            if (p.IsOut)
            {
                var local = Expression.Variable(typeof(TValue), p.Name);
                locals.Add(local);
                args.Add(local);
                after.Add(Expression.Assign(Expression.ArrayAccess(outputs, Expression.Constant(after.Count)), local));
            }
            else
            {
                args.Add(Expression.ArrayIndex(inputs, Expression.Constant(args.Count - 1)));
            }
        }

        var body = Expression.Block(typeof(void), locals, [Expression.Call(tick, args), .. after]);
        return Expression.Lambda<TickFn<TState, TValue>>(body, s, inputs, outputs).Compile();
    }

    /// <summary>The bytes of a state, for bit-for-bit comparison.</summary>
    public static byte[] Bytes<T>(in T state)
        where T : unmanaged =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in state)).ToArray();

    public static MethodInfo Typed(string name, NodeKernel kernel) =>
        typeof(LaneRunner).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(StateOf(kernel.TickForm!), StateOf(kernel.LaneForm!));

    /// <summary>Invokes a generic helper, rethrowing what it throws as itself.</summary>
    public static void Call(this MethodInfo method, params object[] args)
    {
        try
        {
            method.Invoke(null, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private static void RunTyped<TVoice, TLanes>(NodeKernel kernel, int frames, int[] checkpoints)
        where TVoice : unmanaged
        where TLanes : unmanaged
    {
        var type = kernel.Spec.Type;
        var tickForm = kernel.TickForm!;
        var laneForm = kernel.LaneForm!;
        var init = tickForm.GetMethod("Init")!.CreateDelegate<InitFn<TVoice>>();
        var load = laneForm.GetMethod("Load")!.CreateDelegate<CopyFn<TLanes, TVoice>>();
        var store = laneForm.GetMethod("Store")!.CreateDelegate<CopyFn<TLanes, TVoice>>();
        var scalarTick = Compile<TVoice, float>(tickForm.GetMethod("Tick")!);
        var laneTick = Compile<TLanes, Vector512<double>>(laneForm.GetMethod("Tick")!);
        var outputNames = tickForm.GetMethod("Tick")!.GetParameters().Where(p => p.IsOut).Select(p => p.Name!).ToArray();
        var signals = kernel.Spec.Inputs.Select(p => LaneSignals.Render(type, p.Name, frames)).ToArray();

        var voices = new TVoice[Lanes.Count];
        var lanes = default(TLanes);
        for (var l = 0; l < Lanes.Count; l++)
        {
            init(ref voices[l], Span<double>.Empty, Setup(kernel, l));
            load(ref lanes, ref voices[l], l);
        }

        var x = new float[signals.Length];
        var y = new float[outputNames.Length];
        var xv = new Vector512<double>[signals.Length];
        var yv = new Vector512<double>[outputNames.Length];
        var expected = new float[outputNames.Length, Lanes.Count];
        Span<double> column = stackalloc double[Lanes.Count];
        for (var n = 0; n < frames; n++)
        {
            for (var l = 0; l < Lanes.Count; l++)
            {
                for (var p = 0; p < x.Length; p++)
                {
                    x[p] = signals[p][l][n];
                }

                scalarTick(ref voices[l], x, y);
                for (var o = 0; o < y.Length; o++)
                {
                    expected[o, l] = y[o];
                }
            }

            for (var p = 0; p < xv.Length; p++)
            {
                for (var l = 0; l < Lanes.Count; l++)
                {
                    column[l] = signals[p][l][n];
                }

                xv[p] = Vector512.Create((ReadOnlySpan<double>)column);
            }

            laneTick(ref lanes, xv, yv);
            for (var o = 0; o < yv.Length; o++)
            {
                for (var l = 0; l < Lanes.Count; l++)
                {
                    if (BitConverter.DoubleToInt64Bits(yv[o][l]) != BitConverter.DoubleToInt64Bits(expected[o, l]))
                    {
                        Assert.Fail($"{type}: frame {n}, voice {l}, output '{outputNames[o]}': tick form {expected[o, l]:R}, lane form {yv[o][l]:R}.");
                    }
                }
            }

            if (n == frames - 1 || checkpoints.Contains(n))
            {
                CompareStates(type, n, voices, ref lanes, store);

                // As at a block boundary: a fresh lane state loaded from the stored voices carries on.
                lanes = default;
                for (var l = 0; l < Lanes.Count; l++)
                {
                    var stored = voices[l];
                    load(ref lanes, ref stored, l);
                }
            }
        }
    }

    private static void RoundTripTyped<TVoice, TLanes>(NodeKernel kernel)
        where TVoice : unmanaged
        where TLanes : unmanaged
    {
        var load = kernel.LaneForm!.GetMethod("Load")!.CreateDelegate<CopyFn<TLanes, TVoice>>();
        var store = kernel.LaneForm!.GetMethod("Store")!.CreateDelegate<CopyFn<TLanes, TVoice>>();
        var voices = new TVoice[Lanes.Count];
        var lanes = default(TLanes);
        for (var l = 0; l < Lanes.Count; l++)
        {
            voices[l] = Filled<TVoice>(l);
            load(ref lanes, ref voices[l], l);
        }

        for (var l = 0; l < Lanes.Count; l++)
        {
            var stored = Filled<TVoice>(l + 3);
            store(ref lanes, ref stored, l);
            Assert.Empty(StateFields.Differences(voices[l], stored));
        }
    }

    private static readonly double[] s_unusual = [1.5, -0.0, double.NaN, double.PositiveInfinity, 5e-324, -3.25e10, 0.1, double.NegativeInfinity, 1e-42, 7];

    private static T Filled<T>(int seed)
    {
        var k = seed;
        return (T)Fill(default(T)!, ref k);
    }

    private static object Fill(object state, ref int k)
    {
        foreach (var field in state.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var t = field.FieldType;
            var value = t == typeof(double) ? s_unusual[k % s_unusual.Length]
                : t == typeof(float) ? (float)s_unusual[k % s_unusual.Length]
                : t == typeof(int) ? (k * 7919) - 40000
                : Fill(field.GetValue(state)!, ref k);
            field.SetValue(state, value);
            k++;
        }

        return state;
    }

    private static void CompareStates<TVoice, TLanes>(string type, int frame, TVoice[] voices, ref TLanes lanes, CopyFn<TLanes, TVoice> store)
        where TVoice : unmanaged
        where TLanes : unmanaged
    {
        for (var l = 0; l < Lanes.Count; l++)
        {
            var stored = default(TVoice);
            store(ref lanes, ref stored, l);
            if (!Bytes(stored).AsSpan().SequenceEqual(Bytes(voices[l])))
            {
                Assert.Fail($"{type}: after frame {frame}, voice {l}: stored lane state differs from the tick form's state: {StateFields.Describe(voices[l])} vs {StateFields.Describe(stored)}.");
            }
        }
    }
}
