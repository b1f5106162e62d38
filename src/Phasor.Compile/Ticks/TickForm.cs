using System.Reflection;
using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Ticks;

/// <summary>
/// The per-sample form of a node type (<see cref="NodeKernel.TickForm"/>), found by reflection and
/// checked against the node's spec once, so the emitter can call it without further questions.
/// </summary>
public sealed class TickForm
{
    private static readonly Dictionary<Type, TickForm> s_cache = [];
    private static readonly Lock s_lock = new();
    private readonly MethodInfo? _memorySize;

    private TickForm(NodeSpec spec, Type type, Type? spanForm)
    {
        Spec = spec;
        Type = type;
        StateType = type.GetNestedType("State") ?? throw Malformed(type, "has no public nested struct State");
        StateDoubles = (Unsafe.SizeOf<double>() - 1 + SizeOf(StateType)) / Unsafe.SizeOf<double>();
        _memorySize = Find(type, "MemorySize");
        Init = Find(type, "Init") ?? throw Malformed(type, "has no Init");
        EndBlock = Find(type, "EndBlock");
        if (spec.BreaksFeedback)
        {
            Read = Find(type, "Read") ?? throw Malformed(type, "breaks feedback but has no Read");
            Write = Find(type, "Write") ?? throw Malformed(type, "breaks feedback but has no Write");
            Check(Read, spec.Inputs.Where(p => p.Name != spec.FeedbackInput).Select(p => p.Name), spec.Outputs.Select(o => OutputParameter(spec, o.Name)));
            Check(Write, [spec.FeedbackInput!], []);
        }
        else
        {
            Tick = Find(type, "Tick") ?? throw Malformed(type, "has no Tick");
            Check(Tick, spec.Inputs.Select(p => p.Name), spec.Outputs.Select(o => OutputParameter(spec, o.Name)));
        }

        if (spanForm is not null)
        {
            Type[] parameters = HasMemory
                ? [StateType.MakeByRefType(), typeof(Span<double>), typeof(NodeBlock).MakeByRefType()]
                : [StateType.MakeByRefType(), typeof(NodeBlock).MakeByRefType()];
            Span = spanForm.GetMethod("Process", BindingFlags.Public | BindingFlags.Static, parameters)
                ?? throw Malformed(spanForm, $"has no 'static void Process(ref {StateType.FullName} s, {(HasMemory ? "Span<double> memory, " : "")}in NodeBlock block)'");
            if (spec.BreaksFeedback || EndBlock is not null)
            {
                throw Malformed(spanForm, "belongs to a node type with a feedback input or a block epilogue, which span forms do not cover");
            }
        }
    }

    /// <summary>The node type's spec.</summary>
    public NodeSpec Spec { get; }

    /// <summary>The static class holding the tick form.</summary>
    public Type Type { get; }

    /// <summary>The State struct.</summary>
    public Type StateType { get; }

    /// <summary>Doubles the State struct occupies in the arena.</summary>
    public int StateDoubles { get; }

    /// <summary>True when the methods take a memory span after the state.</summary>
    public bool HasMemory => _memorySize is not null;

    /// <summary><c>Init(ref State, Span&lt;double&gt;, in NodeSetup)</c>.</summary>
    public MethodInfo Init { get; }

    /// <summary>One frame, for ordinary nodes.</summary>
    public MethodInfo? Tick { get; }

    /// <summary>Output from the past, for feedback-breaking nodes.</summary>
    public MethodInfo? Read { get; }

    /// <summary>Feedback input in, for feedback-breaking nodes.</summary>
    public MethodInfo? Write { get; }

    /// <summary>The span form's <c>Process(ref State, in NodeBlock)</c>, or null (<see cref="NodeKernel.SpanForm"/>).</summary>
    public MethodInfo? Span { get; }

    /// <summary>Optional per-block epilogue.</summary>
    public MethodInfo? EndBlock { get; }

    /// <summary>The tick form of <paramref name="kernel"/>, or null when it has none. Throws when the form is malformed.</summary>
    public static TickForm? Of(NodeKernel kernel)
    {
        if (kernel.TickForm is not { } type)
        {
            return null;
        }

        lock (s_lock)
        {
            if (!s_cache.TryGetValue(type, out var form))
            {
                form = new TickForm(kernel.Spec, type, kernel.SpanForm);
                s_cache[type] = form;
            }

            return form;
        }
    }

    /// <summary>Doubles of variable memory for <paramref name="setup"/>.</summary>
    public int MemorySize(in NodeSetup setup) => _memorySize is null ? 0 : (int)_memorySize.Invoke(null, [setup])!;

    private static int SizeOf(Type t) => (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(t).Invoke(null, null)!;

    private static MethodInfo? Find(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static);

    /// <summary>Checks (ref State, [memory], inputs..., out outputs...) against the spec's port names.</summary>
    private void Check(MethodInfo method, IEnumerable<string> inputs, IEnumerable<string> outputs)
    {
        var parameters = method.GetParameters();
        var expected = inputs.Select(n => (n, false)).Concat(outputs.Select(n => (n, true))).ToList();
        var first = HasMemory ? 2 : 1;
        if (parameters.Length != first + expected.Count || parameters[0].ParameterType != StateType.MakeByRefType())
        {
            throw Malformed(Type, $"{method.Name} must take (ref State{(HasMemory ? ", Span<double> memory" : "")}, {string.Join(", ", expected.Select(e => (e.Item2 ? "out float " : "float ") + e.n))})");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var p = parameters[first + i];
            var (name, isOut) = expected[i];
            if (p.Name != name || p.IsOut != isOut || (isOut ? p.ParameterType.GetElementType() : p.ParameterType) != typeof(float))
            {
                throw Malformed(Type, $"{method.Name} parameter {first + i} must be '{(isOut ? "out " : "")}float {name}', found '{p.ParameterType.Name} {p.Name}'");
            }
        }
    }

    /// <summary>
    /// The tick parameter name of output <paramref name="output"/>: the port's name, or name + "Out" when an
    /// input port has the same name (freeverb's left and right), since C# parameters need distinct names.
    /// </summary>
    private static string OutputParameter(NodeSpec spec, string output) =>
        spec.Inputs.Any(p => p.Name == output) ? output + "Out" : output;

    private static InvalidOperationException Malformed(Type type, string what) => new($"tick form {type.FullName} {what}");
}
