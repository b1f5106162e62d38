using System.Reflection;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Ticks;

/// <summary>
/// The lane form of a node type (<see cref="NodeKernel.LaneForm"/>): its tick over <see cref="Lanes.Count"/>
/// voices at once, one per element of a <see cref="Vector512{T}"/> of doubles, with Load and Store moving one
/// voice between the scalar tick state and its lane. Found by reflection and checked against the scalar tick
/// form once, so the emitter can call it without further questions.
/// </summary>
public sealed class LaneForm
{
    private static readonly Dictionary<Type, LaneForm> s_cache = [];
    private static readonly Lock s_lock = new();

    private LaneForm(TickForm scalar, Type type)
    {
        Scalar = scalar;
        Type = type;
        StateType = type.GetNestedType("State") ?? throw Malformed(type, "has no public nested struct State");
        Load = Find(type, "Load") ?? throw Malformed(type, "has no Load");
        Store = Find(type, "Store") ?? throw Malformed(type, "has no Store");
        Tick = Find(type, "Tick") ?? throw Malformed(type, "has no Tick");
        CheckMove(Load);
        CheckMove(Store);
        CheckTick();
    }

    /// <summary>The scalar tick form whose state each lane holds.</summary>
    public TickForm Scalar { get; }

    /// <summary>The static class holding the lane form.</summary>
    public Type Type { get; }

    /// <summary>The lanes' State struct.</summary>
    public Type StateType { get; }

    /// <summary><c>Load(ref State lanes, ref Scalar.State voice, int lane)</c>.</summary>
    public MethodInfo Load { get; }

    /// <summary><c>Store(ref State lanes, ref Scalar.State voice, int lane)</c>.</summary>
    public MethodInfo Store { get; }

    /// <summary>One frame of every lane: the scalar tick's parameters with <see cref="Vector512{T}"/> of double for float.</summary>
    public MethodInfo Tick { get; }

    /// <summary>
    /// The lane form of <paramref name="kernel"/>, or null when it has none or when its scalar tick form
    /// cannot take one (memory, feedback reads and writes, a block epilogue). Throws when the form is malformed.
    /// </summary>
    public static LaneForm? Of(NodeKernel kernel)
    {
        if (kernel.LaneForm is not { } type || TickForm.Of(kernel) is not { } scalar || scalar.Tick is null || scalar.HasMemory || scalar.EndBlock is not null)
        {
            return null;
        }

        lock (s_lock)
        {
            if (!s_cache.TryGetValue(type, out var form))
            {
                form = new LaneForm(scalar, type);
                s_cache[type] = form;
            }

            return form;
        }
    }

    private static MethodInfo? Find(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static);

    private void CheckMove(MethodInfo method)
    {
        var p = method.GetParameters();
        if (p.Length != 3 || p[0].ParameterType != StateType.MakeByRefType() || p[1].ParameterType != Scalar.StateType.MakeByRefType() || p[2].ParameterType != typeof(int))
        {
            throw Malformed(Type, $"{method.Name} must take (ref State lanes, ref {Scalar.StateType.FullName} voice, int lane)");
        }
    }

    /// <summary>The lane tick takes the scalar tick's parameters, in order and by name, with vectors for floats.</summary>
    private void CheckTick()
    {
        var lanes = Tick.GetParameters();
        var scalar = Scalar.Tick!.GetParameters();
        if (lanes.Length != scalar.Length || lanes[0].ParameterType != StateType.MakeByRefType())
        {
            throw Malformed(Type, $"Tick must take (ref State, then the parameters of {Scalar.Type.Name}.Tick as Vector512<double>)");
        }

        for (var i = 1; i < lanes.Length; i++)
        {
            var type = lanes[i].IsOut ? lanes[i].ParameterType.GetElementType() : lanes[i].ParameterType;
            if (lanes[i].Name != scalar[i].Name || lanes[i].IsOut != scalar[i].IsOut || type != typeof(Vector512<double>))
            {
                throw Malformed(Type, $"Tick parameter {i} must be '{(scalar[i].IsOut ? "out " : "")}Vector512<double> {scalar[i].Name}'");
            }
        }
    }

    private static InvalidOperationException Malformed(Type type, string what) => new($"lane form {type.FullName} {what}");
}
