using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace Phasor.Compile.Il;

/// <summary>A local declared on an <see cref="IlRecorder"/>.</summary>
internal readonly record struct IlLocal(int Index);

/// <summary>A label defined on an <see cref="IlRecorder"/>.</summary>
internal readonly record struct IlLabel(int Index);

/// <summary>
/// Records the IL of one method instead of emitting it, so that the exact instruction stream (opcodes, operands,
/// locals) doubles as its key in <see cref="UnitCache"/>: a unit whose code comes out the same as one compiled
/// before reuses that method and its machine code, and only a unit that changed pays for the JIT.
/// </summary>
internal sealed class IlRecorder
{
    // Reflection names are slow to build; every type and method gets a number for the key instead, for the process.
    private static readonly Dictionary<object, int> s_ids = [];
    private static readonly Lock s_lock = new();
    private readonly List<Type> _locals = [];
    private readonly List<(OpCode Code, object? Operand)> _code = [];
    private readonly StringBuilder _key = new();
    private int _labels;

    /// <summary>Everything recorded, as text: equal keys mean equal methods.</summary>
    public string Key => _key.ToString();

    public IlLocal DeclareLocal(Type type)
    {
        _locals.Add(type);
        _key.Append("local ").Append(Id(type)).Append('\n');
        return new IlLocal(_locals.Count - 1);
    }

    public IlLabel DefineLabel() => new(_labels++);

    public void MarkLabel(IlLabel label) => Record(OpCodes.Nop, new Mark(label.Index), $"label {label.Index}");

    public void Emit(OpCode code) => Record(code, null, null);

    public void Emit(OpCode code, int value) => Record(code, value, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>For the two-byte operands of <c>ldarg</c>, <c>ldloc</c> and the like.</summary>
    public void Emit(OpCode code, short value) => Record(code, value, value.ToString(CultureInfo.InvariantCulture));

    public void Emit(OpCode code, double value) => Record(code, value, BitConverter.DoubleToInt64Bits(value).ToString("x", CultureInfo.InvariantCulture));

    public void Emit(OpCode code, float value) => Record(code, value, BitConverter.SingleToInt32Bits(value).ToString("x", CultureInfo.InvariantCulture));

    public void Emit(OpCode code, Type type) => Record(code, type, Id(type));

    public void Emit(OpCode code, MethodInfo method) => Record(code, method, Id(method));

    public void Emit(OpCode code, ConstructorInfo constructor) => Record(code, constructor, Id(constructor));

    public void Emit(OpCode code, IlLocal local) => Record(code, local, $"local {local.Index}");

    public void Emit(OpCode code, IlLabel label) => Record(code, label, $"to {label.Index}");

    /// <summary>Emits what was recorded into <paramref name="il"/>.</summary>
    public void Replay(ILGenerator il)
    {
        var locals = _locals.Select(t => il.DeclareLocal(t)).ToArray();
        var labels = Enumerable.Range(0, _labels).Select(_ => il.DefineLabel()).ToArray();
        foreach (var (code, operand) in _code)
        {
            switch (operand)
            {
                case null: il.Emit(code); break;
                case int value: il.Emit(code, value); break;
                case short value: il.Emit(code, value); break;
                case double value: il.Emit(code, value); break;
                case float value: il.Emit(code, value); break;
                case Type type: il.Emit(code, type); break;
                case MethodInfo method: il.Emit(code, method); break;
                case ConstructorInfo constructor: il.Emit(code, constructor); break;
                case IlLocal local: il.Emit(code, locals[local.Index]); break;
                case Mark mark: il.MarkLabel(labels[mark.Label]); break;
                case IlLabel label: il.Emit(code, labels[label.Index]); break;
                default: throw new InvalidOperationException($"unexpected operand {operand.GetType()}");
            }
        }
    }

    private void Record(OpCode code, object? operand, string? text)
    {
        _code.Add((code, operand));
        _key.Append(code.Name).Append(' ').Append(text).Append('\n');
    }

    /// <summary>Where <see cref="MarkLabel"/> was called.</summary>
    private readonly record struct Mark(int Label);

    private static string Id(MemberInfo member)
    {
        lock (s_lock)
        {
            if (!s_ids.TryGetValue(member, out var id))
            {
                id = s_ids[member] = s_ids.Count;
            }

            return id.ToString(CultureInfo.InvariantCulture);
        }
    }
}
