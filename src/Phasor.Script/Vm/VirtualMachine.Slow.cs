using System.Runtime.CompilerServices;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    // The general cases of the dispatch loop's inline instructions. Each is kept out of line on purpose: the JIT has
    // one inlining budget per method, and spent on coercion code it leaves the loop's tiny helpers (tag tests, operand
    // reads) as calls.

    /// <summary><c>instanceof</c> where the right side is not a script class or the left not an object: the general operator, errors included.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue InstanceOfSlow(JsValue value, JsValue target) => Operators.InstanceOf(_realm, value, target);

    /// <summary>A binary operator on operands that are not both numbers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue BinarySlow(OpCode op, JsValue left, JsValue right) => op switch
    {
        OpCode.Add => Operators.Add(_realm, left, right),
        OpCode.Sub => Operators.Subtract(_realm, left, right),
        OpCode.Mul => Operators.Multiply(_realm, left, right),
        OpCode.Div => Operators.Divide(_realm, left, right),
        OpCode.Mod => Operators.Remainder(_realm, left, right),
        OpCode.BitAnd => Operators.BitAnd(_realm, left, right),
        OpCode.BitOr => Operators.BitOr(_realm, left, right),
        OpCode.BitXor => Operators.BitXor(_realm, left, right),
        OpCode.Shl => Operators.ShiftLeft(_realm, left, right),
        OpCode.Shr => Operators.ShiftRight(_realm, left, right),
        OpCode.Ushr => (double)Operators.ShiftRightUnsigned(_realm, left, right),
        _ => throw new InvalidOperationException("not a binary operator: " + op),
    };

    /// <summary>A relational comparison of operands that are not both numbers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CompareSlow(OpCode op, JsValue left, JsValue right) => op switch
    {
        OpCode.Lt => Operators.LessThan(_realm, left, right),
        OpCode.Le => Operators.LessThanOrEqual(_realm, left, right),
        OpCode.Gt => Operators.GreaterThan(_realm, left, right),
        _ => Operators.GreaterThanOrEqual(_realm, left, right),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue ToNumberSlow(JsValue value) => Conversions.ToNumber(_realm, value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TruthySlow(JsValue value) => Conversions.ToBoolean(value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool StrictEqualsSlow(JsValue left, JsValue right) => Operators.StrictEquals(left, right);

    /// <summary><c>target[key]</c> off the dense-array fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue GetKeyedSlow(JsValue target, JsValue key) => MemberAccess.Get(_realm, target, key);

    /// <summary><c>target[key] = value</c> off the dense-array fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetKeyedSlow(JsValue target, JsValue key, JsValue value) => MemberAccess.Set(_realm, target, key, value, strict: true);
}
