using System.Runtime.CompilerServices;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    /// <summary>Runs one of the instructions the dispatch loop does not inline; returns the new accumulator.</summary>
    /// <remarks>
    /// Reads the instruction at the frame's <c>Pc</c> and leaves <c>Pc</c> on the next one; an instruction that pushes
    /// a frame (<c>new</c> of a script constructor, <c>super(...)</c>, field initializers, spread calls) leaves the
    /// caller's <c>Pc</c> on itself, as a call does, and the loop switches to the new top frame.
    /// </remarks>
    private JsValue ExecuteRare(ref Frame f, JsValue acc)
    {
        var realm = _realm;
        var stack = _stack;
        var code = f.Chunk.Code;
        var pc = f.Pc;
        var fp = f.Fp;
        switch ((OpCode)code[pc])
        {
            case OpCode.Nop: pc += 1; break;
            case OpCode.LdaHole: acc = JsValue.Hole; pc += 1; break;
            case OpCode.LdaGlobalOrUndefined: acc = LoadGlobal(f.Chunk.Cells[code[pc + 1]], throwIfMissing: false); pc += 2; break;
            case OpCode.InitGlobal:
                {
                    var cell = f.Chunk.Cells[code[pc + 1]];
                    cell.IsDeclared = true;
                    cell.Value = acc;
                    pc += 2;
                    break;
                }

            case OpCode.DeclareGlobalVar:
                {
                    var cell = f.Chunk.Cells[code[pc + 1]];
                    if (!cell.IsDeclared)
                    {
                        cell.IsDeclared = true;
                        cell.Value = JsValue.Undefined;
                    }

                    pc += 2;
                    break;
                }

            case OpCode.DeclareGlobalLet:
                {
                    var cell = f.Chunk.Cells[code[pc + 1]];
                    cell.IsDeclared = true;
                    cell.Value = JsValue.Hole;
                    pc += 2;
                    break;
                }

            case OpCode.ThrowConstAssign: Throw.TypeError(realm, ErrorMessages.ConstAssignment); break;
            case OpCode.PushEnv: f.Env = new Environment(f.Env, code[pc + 1]); pc += 2; break;
            case OpCode.PopEnv: f.Env = f.Env!.Parent; pc += 1; break;
            case OpCode.CopyEnv: f.Env = f.Env!.Copy(); pc += 1; break;
            case OpCode.SaveEnv: stack[fp + code[pc + 1]] = f.Env is null ? default : JsValue.FromInternal(f.Env); pc += 2; break;
            case OpCode.RestoreEnv: f.Env = stack[fp + code[pc + 1]].Ref as Environment; pc += 2; break;
            case OpCode.LdaNewTarget: acc = f.NewTarget is null ? default : JsValue.FromObject(f.NewTarget); pc += 1; break;
            case OpCode.LdaFunction: acc = f.Function; pc += 1; break;
            case OpCode.LdaHome: acc = f.Function.Home is { } homeObject ? JsValue.FromObject(homeObject) : default; pc += 1; break;
            case OpCode.Exp: acc = Operators.Exponentiate(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
            case OpCode.Eq: acc = Operators.LooseEquals(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
            case OpCode.Ne: acc = !Operators.LooseEquals(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
            case OpCode.In: acc = Operators.In(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
            case OpCode.Neg: acc = -Conversions.ToNumber(realm, acc); pc += 1; break;
            case OpCode.BitNot: acc = ~Conversions.ToInt32(realm, acc); pc += 1; break;
            case OpCode.TypeOf: acc = Operators.TypeOf(acc); pc += 1; break;
            case OpCode.ToStringOp: acc = Conversions.ToString(realm, acc); pc += 1; break;
            case OpCode.DeleteKeyed: acc = MemberAccess.Delete(realm, stack[fp + code[pc + 1]], acc, strict: true); pc += 2; break;
            case OpCode.GetSuper:
                {
                    var home = stack[fp + code[pc + 1]].Ref as JsObject;
                    var key = Conversions.ToPropertyKey(realm, acc);
                    acc = home?.Prototype is { } proto ? proto.Get(realm, key, stack[fp + code[pc + 2]]) : default;
                    pc += 3;
                    break;
                }

            case OpCode.SetSuper: SetSuper(stack[fp + code[pc + 1]], stack[fp + code[pc + 2]], stack[fp + code[pc + 3]], acc); pc += 4; break;
            case OpCode.CreateObject: acc = realm.CreateObject(); pc += 1; break;
            case OpCode.CreateArray: acc = realm.CreateArray(); pc += 1; break;
            case OpCode.ArrayPush: ((JsArray)stack[fp + code[pc + 1]].Object).Push(acc); pc += 2; break;
            case OpCode.ArrayHole:
                {
                    var array = (JsArray)stack[fp + code[pc + 1]].Object;
                    array.SetLength(array.Length + 1);
                    pc += 2;
                    break;
                }

            case OpCode.ArraySpread: SpreadInto((JsArray)stack[fp + code[pc + 1]].Object, acc); pc += 2; break;
            case OpCode.DefineKeyed: Define(stack[fp + code[pc + 1]].Object, stack[fp + code[pc + 2]], acc, code[pc + 3], OpCode.DefineKeyed); pc += 4; break;
            case OpCode.DefineGetter: Define(stack[fp + code[pc + 1]].Object, stack[fp + code[pc + 2]], acc, code[pc + 3], OpCode.DefineGetter); pc += 4; break;
            case OpCode.DefineSetter: Define(stack[fp + code[pc + 1]].Object, stack[fp + code[pc + 2]], acc, code[pc + 3], OpCode.DefineSetter); pc += 4; break;
            case OpCode.CopyData: CopyData(stack[fp + code[pc + 1]].Object, acc, default); pc += 2; break;
            case OpCode.ObjectRest:
                {
                    var rest = realm.CreateObject();
                    CopyData(rest, stack[fp + code[pc + 1]], stack.AsSpan(fp + code[pc + 2], code[pc + 3]));
                    acc = rest;
                    pc += 4;
                    break;
                }

            case OpCode.Method: acc = new Closure(realm, f.Chunk.Functions[code[pc + 1]], f.Env, stack[fp + code[pc + 2]].Ref as JsObject); pc += 3; break;
            case OpCode.CreateClass:
                acc = CreateClass(f.Chunk, f.Env, code[pc + 1], code[pc + 2] < 0 ? (JsValue?)null : stack[fp + code[pc + 2]], f.Chunk.Constants[code[pc + 3]].String, code[pc + 4]);
                pc += 5;
                break;
            case OpCode.InitFields:
                if (f.Function.FieldInit is { } init)
                {
                    PushFrame(init, stack[fp + code[pc + 1]], default, null);
                    return acc;
                }

                pc += 2;
                break;
            case OpCode.CallSpread:
                {
                    var callee = stack[fp + code[pc + 1]];
                    var thisRegister = code[pc + 2];
                    var self = thisRegister < 0 ? default : stack[fp + thisRegister];
                    var array = (JsArray)stack[fp + code[pc + 3]].Object;
                    var args = array.ToArray(realm);
                    if (callee.Ref is Closure { IsPlain: true } closure)
                    {
                        PushFrame(closure, self, args, null);
                        return acc;
                    }

                    acc = CallValue(callee, self, args);
                    pc += 4;
                    break;
                }

            case OpCode.New:
                if (stack[fp + code[pc + 1]].Ref is Closure { Chunk: not null, IsConstructor: true } constructor)
                {
                    // Script constructors run in the dispatch loop like calls; Return substitutes the new object.
                    var self = constructor.IsDerived ? JsValue.Hole : JsValue.FromObject(new JsObject(realm.PrototypeFromConstructor(constructor, realm.ObjectPrototype)));
                    PushFrame(constructor, self, new ReadOnlySpan<JsValue>(stack, fp + code[pc + 2], code[pc + 3]), constructor);
                    return acc;
                }

                acc = ConstructValue(stack[fp + code[pc + 1]], new ReadOnlySpan<JsValue>(stack, fp + code[pc + 2], code[pc + 3]));
                pc += 4;
                break;
            case OpCode.NewSpread:
                acc = ConstructValue(stack[fp + code[pc + 1]], ((JsArray)stack[fp + code[pc + 2]].Object).ToArray(realm));
                pc += 3;
                break;
            case OpCode.SuperCall:
                if (f.Function.Prototype is Closure { Chunk: not null } parentConstructor)
                {
                    var newTarget = f.NewTarget ?? f.Function;
                    var self = parentConstructor.IsDerived ? JsValue.Hole : JsValue.FromObject(new JsObject(realm.PrototypeFromConstructor(newTarget, realm.ObjectPrototype)));
                    f.InSuperCall = true;
                    PushFrame(parentConstructor, self, new ReadOnlySpan<JsValue>(stack, fp + code[pc + 1], code[pc + 2]), newTarget);
                    _frames[_fi].IsSuperCallee = true;
                    return acc;
                }

                acc = SuperCall(ref f, new ReadOnlySpan<JsValue>(stack, fp + code[pc + 1], code[pc + 2]));
                pc += 3;
                break;
            case OpCode.SuperCallSpread:
                acc = SuperCall(ref f, ((JsArray)stack[fp + code[pc + 1]].Object).ToArray(realm));
                pc += 2;
                break;
            case OpCode.SuperConstruct: acc = SuperConstruct(stack[fp + code[pc + 1]], stack[fp + code[pc + 2]], stack[fp + code[pc + 3]]); pc += 4; break;
            case OpCode.InitFieldsFrom: InitFieldsFrom(stack[fp + code[pc + 1]], stack[fp + code[pc + 2]]); pc += 3; break;
            case OpCode.CheckThisUninitialized: CheckThisUninitialized(acc); pc += 1; break;
            case OpCode.Rethrow: throw new ScriptException(acc);
            case OpCode.SetFunctionName: SetFunctionName(acc, stack[fp + code[pc + 1]], code[pc + 2]); pc += 3; break;
            case OpCode.CheckDerivedResult: CheckDerivedResult(acc); pc += 1; break;
            case OpCode.Throw:
                RecordThrowSite();
                throw new ScriptException(acc);
            case OpCode.ThrowReference: Throw.ReferenceError(realm, ErrorMessages.NotDefined, f.Chunk.Constants[code[pc + 1]].String); break;
            case OpCode.GetIterator: acc = Iteration.GetIterator(realm, acc); pc += 1; break;
            case OpCode.IterStep:
                if (((JsIterator)stack[fp + code[pc + 1]].Object).TryStep(realm, out var next))
                {
                    acc = next;
                    pc += 3;
                }
                else
                {
                    pc = code[pc + 2];
                }

                break;
            case OpCode.IterClose: ((JsIterator)stack[fp + code[pc + 1]].Object).Close(); pc += 2; break;
            case OpCode.ForInKeys: acc = ForInIterator(acc); pc += 1; break;
            case OpCode.SetProto:
                if (acc.IsNull || acc.IsObject)
                {
                    stack[fp + code[pc + 1]].Object.SetPrototype(acc.IsNull ? null : acc.Object);
                }

                pc += 2;
                break;
            default: throw new InvalidOperationException("Unknown opcode " + code[pc] + " at " + pc);
        }

        f.Pc = pc;
        return acc;
    }

    /// <summary>A call of a plain closure that <see cref="TryEnterCall"/> declined (a rest parameter, or a full stack): the general push.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushCall(ref Frame caller, Closure closure, ref int ip)
    {
        var thisRegister = Unsafe.Add(ref ip, 2);
        var self = thisRegister < 0 ? default : _stack[caller.Fp + thisRegister];
        var args = new ReadOnlySpan<JsValue>(_stack, caller.Fp + Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4));
        PushFrame(closure, self, args, null);
    }

    /// <summary>A property read that missed the first cache entry: the other entries, then a cached getter.</summary>
    /// <returns>1 with the value when an entry holds the data property, 2 when it pushed a getter's frame, 0 on a miss.</returns>
    /// <remarks>A getter runs in the dispatch loop like a call; its return lands in the accumulator after the read.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryCachedGet(JsValue target, PropertyCache cache, out JsValue value)
    {
        value = default;
        if (target.Ref is not JsObject o)
        {
            return target.Ref is string s ? TryCachedStringGet(s, cache, out value) : 0;
        }

        if (cache.LengthSite && o is JsArray array)
        {
            value = (double)array.Length;
            return 1;
        }

        var shape = o.Shape;
        for (var entry = cache; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(shape, entry.Shape))
            {
                if (entry.Holder is null)
                {
                    value = o.Slots[entry.Slot];
                    return 1;
                }

                if (entry.Epoch == Shape.PrototypeEpoch)
                {
                    value = entry.Holder.Slots[entry.Slot];
                    return 1;
                }

                return 0;
            }

            if (ReferenceEquals(shape, entry.GetterShape))
            {
                var holder = entry.GetterHolder ?? o;
                if (entry.Epoch != Shape.PrototypeEpoch || _fi + 1 >= MaxFrames
                    || holder.Slots[entry.GetterSlot].Ref is not PropertyAccessor { Getter: Closure { IsPlain: true } getter })
                {
                    return 0;
                }

                if (TryEnterGetter(getter, target))
                {
                    return 2;
                }

                PushFrame(getter, target, default, null);
                return 2;
            }
        }

        return 0;
    }

    /// <summary>A read on a string primitive: its length, or a <c>String.prototype</c> property cached against that prototype's shape.</summary>
    private int TryCachedStringGet(string s, PropertyCache cache, out JsValue value)
    {
        if (cache.LengthSite)
        {
            value = s.Length;
            return 1;
        }

        var shape = _realm.StringPrototype.Shape;
        for (var entry = cache; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(shape, entry.StringShape) && entry.Epoch == Shape.PrototypeEpoch)
            {
                value = entry.Holder!.Slots[entry.Slot];
                return 1;
            }
        }

        value = default;
        return 0;
    }

    /// <summary>A property write that missed the first cache entry: the other entries (stores and cached adds), or the generic write.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetNamedMiss(JsValue target, string key, JsValue value, PropertyCache cache)
    {
        if (target.Ref is JsObject o)
        {
            for (var entry = cache; entry is not null; entry = entry.Next)
            {
                if (!ReferenceEquals(o.Shape, entry.Shape))
                {
                    continue;
                }

                if (entry.NewShape is null)
                {
                    JsValue.Store(ref o.Slots[entry.Slot], value);
                    return;
                }

                if (entry.Epoch == Shape.PrototypeEpoch && o.IsExtensible)
                {
                    // A cached add: the prototype chain has not changed, so no setter or read-only property intervenes.
                    o.AddOwn(key, value, PropertyFlags.Default);
                    return;
                }

                break;
            }
        }

        SetNamedSlow(target, key, value, cache);
    }
}
