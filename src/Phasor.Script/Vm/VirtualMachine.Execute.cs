using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    /// <summary>The dispatch loop: runs from the top frame until the entry frame returns. One big switch by design.</summary>
    private JsValue Execute(JsValue acc)
    {
        var realm = _realm;
        var stack = _stack;
        ref var f = ref _frames[_fi];
        var code = f.Chunk.Code;
        var pc = f.Pc;
        var fp = f.Fp;
        while (true)
        {
            f.Pc = pc;
            switch ((OpCode)code[pc])
            {
                case OpCode.Nop: pc += 1; break;
                case OpCode.LdaUndefined: acc = default; pc += 1; break;
                case OpCode.LdaNull: acc = JsValue.Null; pc += 1; break;
                case OpCode.LdaTrue: acc = JsValue.True; pc += 1; break;
                case OpCode.LdaFalse: acc = JsValue.False; pc += 1; break;
                case OpCode.LdaHole: acc = JsValue.Hole; pc += 1; break;
                case OpCode.LdaInt: acc = JsValue.FromNumber(code[pc + 1]); pc += 2; break;
                case OpCode.LdaConst: acc = f.Chunk.Constants[code[pc + 1]]; pc += 2; break;
                case OpCode.Ldar: acc = stack[fp + code[pc + 1]]; pc += 2; break;
                case OpCode.Star: JsValue.Store(ref stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Mov: JsValue.Store(ref stack[fp + code[pc + 2]], stack[fp + code[pc + 1]]); pc += 3; break;
                case OpCode.LdaEnv: acc = EnvAt(f.Env!, code[pc + 1]).Slots[code[pc + 2]]; pc += 3; break;
                case OpCode.StaEnv: EnvAt(f.Env!, code[pc + 1]).Slots[code[pc + 2]] = acc; pc += 3; break;
                case OpCode.LdaGlobal:
                    {
                        var cell = f.Chunk.Cells[code[pc + 1]];
                        acc = cell.IsDeclared && !cell.Value.IsHole ? cell.Value : LoadGlobal(cell, throwIfMissing: true);
                        pc += 2;
                        break;
                    }

                case OpCode.LdaGlobalOrUndefined: acc = LoadGlobal(f.Chunk.Cells[code[pc + 1]], throwIfMissing: false); pc += 2; break;
                case OpCode.StaGlobal: StoreGlobal(f.Chunk.Cells[code[pc + 1]], acc); pc += 2; break;
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

                case OpCode.CheckHole:
                    if (acc.IsHole)
                    {
                        ThrowHole(f.Chunk.Constants[code[pc + 1]].String);
                    }

                    pc += 2;
                    break;
                case OpCode.ThrowConstAssign: Throw.TypeError(realm, ErrorMessages.ConstAssignment); break;
                case OpCode.PushEnv: f.Env = new Environment(f.Env, code[pc + 1]); pc += 2; break;
                case OpCode.PopEnv: f.Env = f.Env!.Parent; pc += 1; break;
                case OpCode.CopyEnv: f.Env = f.Env!.Copy(); pc += 1; break;
                case OpCode.SaveEnv: stack[fp + code[pc + 1]] = f.Env is null ? default : JsValue.FromInternal(f.Env); pc += 2; break;
                case OpCode.RestoreEnv: f.Env = stack[fp + code[pc + 1]].Ref as Environment; pc += 2; break;
                case OpCode.LdaThis: acc = f.This; pc += 1; break;
                case OpCode.LdaNewTarget: acc = f.NewTarget is null ? default : JsValue.FromObject(f.NewTarget); pc += 1; break;
                case OpCode.LdaFunction: acc = f.Function; pc += 1; break;
                case OpCode.LdaHome: acc = f.Function.Home is { } homeObject ? JsValue.FromObject(homeObject) : default; pc += 1; break;
                case OpCode.Add:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number + acc.Number) : Operators.Add(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Sub:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number - acc.Number) : Operators.Subtract(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Mul:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number * acc.Number) : Operators.Multiply(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Div:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number / acc.Number) : Operators.Divide(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Mod: acc = Operators.Remainder(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Exp: acc = Operators.Exponentiate(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Shl: acc = Operators.ShiftLeft(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Shr: acc = Operators.ShiftRight(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Ushr: acc = (double)Operators.ShiftRightUnsigned(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.BitAnd: acc = Operators.BitAnd(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.BitOr: acc = Operators.BitOr(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.BitXor: acc = Operators.BitXor(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Eq: acc = Operators.LooseEquals(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Ne: acc = !Operators.LooseEquals(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.StrictEq:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? left.Number == acc.Number : Operators.StrictEquals(left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.StrictNe: acc = !Operators.StrictEquals(stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Lt:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? left.Number < acc.Number : Operators.LessThan(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Le:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? left.Number <= acc.Number : Operators.LessThanOrEqual(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Gt:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? left.Number > acc.Number : Operators.GreaterThan(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Ge:
                    {
                        var left = stack[fp + code[pc + 1]];
                        acc = left.IsNumber && acc.IsNumber ? left.Number >= acc.Number : Operators.GreaterThanOrEqual(realm, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.In: acc = Operators.In(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.InstanceOf: acc = Operators.InstanceOf(realm, stack[fp + code[pc + 1]], acc); pc += 2; break;
                case OpCode.Neg: acc = -Conversions.ToNumber(realm, acc); pc += 1; break;
                case OpCode.ToNumeric: acc = acc.IsNumber ? acc : Conversions.ToNumber(realm, acc); pc += 1; break;
                case OpCode.Not: acc = !Conversions.ToBoolean(acc); pc += 1; break;
                case OpCode.BitNot: acc = ~Conversions.ToInt32(realm, acc); pc += 1; break;
                case OpCode.TypeOf: acc = Operators.TypeOf(acc); pc += 1; break;
                case OpCode.Inc: acc = JsValue.FromNumber(acc.Number + 1); pc += 1; break;
                case OpCode.Dec: acc = JsValue.FromNumber(acc.Number - 1); pc += 1; break;
                case OpCode.ToStringOp: acc = Conversions.ToString(realm, acc); pc += 1; break;
                case OpCode.Jump:
                    {
                        var target = code[pc + 1];
                        if (target <= pc && --_ticks <= 0)
                        {
                            Tick();
                        }

                        pc = target;
                        break;
                    }

                case OpCode.JumpIfTrue: pc = Truthy(acc) ? BackJump(code[pc + 1], pc) : pc + 2; break;
                case OpCode.JumpIfFalse: pc = Truthy(acc) ? pc + 2 : BackJump(code[pc + 1], pc); break;
                case OpCode.JumpIfNullish: pc = acc.IsNullish ? code[pc + 1] : pc + 2; break;
                case OpCode.JumpIfNotNullish: pc = acc.IsNullish ? pc + 2 : code[pc + 1]; break;
                case OpCode.JumpIfNotUndefined: pc = acc.IsUndefined ? pc + 2 : code[pc + 1]; break;
                case OpCode.GetNamed:
                    {
                        var target = stack[fp + code[pc + 1]];
                        var cache = f.Chunk.Caches[code[pc + 3]];
                        if (target.Ref is JsObject o && ReferenceEquals(o.Shape, cache.Shape) && cache.NewShape is null)
                        {
                            if (cache.Holder is null)
                            {
                                acc = o.Slots[cache.Slot];
                                pc += 4;
                                break;
                            }

                            if (cache.Epoch == Shape.PrototypeEpoch)
                            {
                                acc = cache.Holder.Slots[cache.Slot];
                                pc += 4;
                                break;
                            }
                        }

                        acc = GetNamedSlow(target, f.Chunk.Constants[code[pc + 2]].String, cache);
                        pc += 4;
                        break;
                    }

                case OpCode.SetNamed:
                    {
                        var target = stack[fp + code[pc + 1]];
                        var cache = f.Chunk.Caches[code[pc + 3]];
                        if (target.Ref is JsObject o && ReferenceEquals(o.Shape, cache.Shape))
                        {
                            if (cache.NewShape is null)
                            {
                                JsValue.Store(ref o.Slots[cache.Slot], acc);
                            }
                            else if (cache.Epoch == Shape.PrototypeEpoch && o.IsExtensible)
                            {
                                // A cached add: the prototype chain has not changed, so no setter or read-only property intervenes.
                                o.AddOwn(f.Chunk.Constants[code[pc + 2]].String, acc, PropertyFlags.Default);
                            }
                            else
                            {
                                SetNamedSlow(target, f.Chunk.Constants[code[pc + 2]].String, acc, cache);
                            }
                        }
                        else
                        {
                            SetNamedSlow(target, f.Chunk.Constants[code[pc + 2]].String, acc, cache);
                        }

                        pc += 4;
                        break;
                    }

                case OpCode.GetKeyed:
                    {
                        var target = stack[fp + code[pc + 1]];
                        if (target.Ref is JsArray array && acc.IsNumber && array.IsDense)
                        {
                            var n = acc.Number;
                            var index = (uint)n;
                            if (index == n && index < array.Length && index < array.Dense.Length && !array.Dense[index].IsHole)
                            {
                                acc = array.Dense[index];
                                pc += 2;
                                break;
                            }
                        }

                        acc = MemberAccess.Get(realm, target, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.SetKeyed:
                    {
                        var target = stack[fp + code[pc + 1]];
                        var key = stack[fp + code[pc + 2]];
                        if (target.Ref is JsArray array && key.IsNumber && array.IsDense && array.IsExtensible)
                        {
                            var n = key.Number;
                            var index = (uint)n;
                            if (index == n && index < array.Length && index < array.Dense.Length)
                            {
                                JsValue.Store(ref array.Dense[index], acc);
                                pc += 3;
                                break;
                            }
                        }

                        MemberAccess.Set(realm, target, key, acc, strict: true);
                        pc += 3;
                        break;
                    }

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

                case OpCode.Closure: acc = MakeClosure(ref f, f.Chunk.Functions[code[pc + 1]]); pc += 2; break;
                case OpCode.Method: acc = new Closure(realm, f.Chunk.Functions[code[pc + 1]], f.Env, stack[fp + code[pc + 2]].Ref as JsObject); pc += 3; break;
                case OpCode.CreateClass:
                    acc = CreateClass(f.Chunk, f.Env, code[pc + 1], code[pc + 2] < 0 ? (JsValue?)null : stack[fp + code[pc + 2]], f.Chunk.Constants[code[pc + 3]].String, code[pc + 4]);
                    pc += 5;
                    break;
                case OpCode.InitFields:
                    if (f.Function.FieldInit is { } init)
                    {
                        PushFrame(init, stack[fp + code[pc + 1]], default, null);
                        goto Entered;
                    }

                    pc += 2;
                    break;
                case OpCode.Call:
                    {
                        var callee = stack[fp + code[pc + 1]];
                        var thisRegister = code[pc + 2];
                        var self = thisRegister < 0 ? default : stack[fp + thisRegister];
                        var args = new ReadOnlySpan<JsValue>(stack, fp + code[pc + 3], code[pc + 4]);
                        if (--_ticks <= 0)
                        {
                            Tick();
                        }

                        if (callee.Ref is Closure { IsPlain: true } closure)
                        {
                            var chunk = closure.Chunk!;
                            var newFp = fp + f.Chunk.RegisterCount;
                            if (chunk.HasRest || chunk.IsArrow || _fi + 1 >= MaxFrames || newFp + chunk.RegisterCount > stack.Length)
                            {
                                PushFrame(closure, self, args, null);
                                goto Entered;
                            }

                            // The common case inline: copy the arguments, clear the other registers, fill the next frame.
                            var copied = Math.Min(args.Length, chunk.ParameterCount);
                            var argStart = fp + code[pc + 3];
                            for (var i = 0; i < copied; i++)
                            {
                                JsValue.Store(ref stack[newFp + i], stack[argStart + i]);
                            }

                            for (var i = copied; i < chunk.RegisterCount; i++)
                            {
                                stack[newFp + i] = default;
                            }

                            _fi++;
                            f = ref _frames[_fi];
                            f.Function = closure;
                            f.Chunk = chunk;
                            f.Fp = newFp;
                            f.Env = closure.Env;
                            f.This = self;
                            f.NewTarget = null;
                            f.IsConstruct = false;
                            f.IsEntry = false;
                            f.InSuperCall = false;
                            f.IsSuperCallee = false;
                            code = chunk.Code;
                            pc = 0;
                            fp = newFp;
                            break;
                        }

                        acc = CallValue(callee, self, args);
                        pc += 5;
                        break;
                    }

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
                            goto Entered;
                        }

                        acc = CallValue(callee, self, args);
                        pc += 4;
                        break;
                    }

                case OpCode.New:
                    if (stack[fp + code[pc + 1]].Ref is Closure { Chunk: not null, IsConstructor: true } constructor)
                    {
                        // Script constructors run in this loop like calls; Return substitutes the new object.
                        var self = constructor.IsDerived ? JsValue.Hole : JsValue.FromObject(new JsObject(realm.PrototypeFromConstructor(constructor, realm.ObjectPrototype)));
                        PushFrame(constructor, self, new ReadOnlySpan<JsValue>(stack, fp + code[pc + 2], code[pc + 3]), constructor);
                        goto Entered;
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
                        goto Entered;
                    }

                    acc = SuperCall(ref f, new ReadOnlySpan<JsValue>(stack, fp + code[pc + 1], code[pc + 2]));
                    pc += 3;
                    break;
                case OpCode.SuperCallSpread:
                    acc = SuperCall(ref f, ((JsArray)stack[fp + code[pc + 1]].Object).ToArray(realm));
                    pc += 2;
                    break;
                case OpCode.Return:
                    {
                        if (f.IsConstruct && !acc.IsObject)
                        {
                            acc = f.This;
                            if (acc.IsHole)
                            {
                                ThrowHole("this");
                            }
                        }

                        var isEntry = f.IsEntry;
                        var isSuperCallee = f.IsSuperCallee;
                        _fi--;
                        if (isEntry)
                        {
                            return acc;
                        }

                        f = ref _frames[_fi];
                        if (isSuperCallee)
                        {
                            f.This = acc;
                            f.InSuperCall = false;
                        }

                        code = f.Chunk.Code;
                        pc = f.Pc + s_lengths[code[f.Pc]];
                        fp = f.Fp;
                        break;
                    }

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
                case OpCode.JumpIfNotLt:
                    {
                        var left = stack[fp + code[pc + 1]];
                        var holds = left.IsNumber && acc.IsNumber ? left.Number < acc.Number : Operators.LessThan(realm, left, acc);
                        pc = holds ? pc + 3 : BackJump(code[pc + 2], pc);
                        break;
                    }

                case OpCode.JumpIfNotLe:
                    {
                        var left = stack[fp + code[pc + 1]];
                        var holds = left.IsNumber && acc.IsNumber ? left.Number <= acc.Number : Operators.LessThanOrEqual(realm, left, acc);
                        pc = holds ? pc + 3 : BackJump(code[pc + 2], pc);
                        break;
                    }

                case OpCode.JumpIfNotGt:
                    {
                        var left = stack[fp + code[pc + 1]];
                        var holds = left.IsNumber && acc.IsNumber ? left.Number > acc.Number : Operators.GreaterThan(realm, left, acc);
                        pc = holds ? pc + 3 : BackJump(code[pc + 2], pc);
                        break;
                    }

                case OpCode.JumpIfNotGe:
                    {
                        var left = stack[fp + code[pc + 1]];
                        var holds = left.IsNumber && acc.IsNumber ? left.Number >= acc.Number : Operators.GreaterThanOrEqual(realm, left, acc);
                        pc = holds ? pc + 3 : BackJump(code[pc + 2], pc);
                        break;
                    }

                case OpCode.SetProto:
                    if (acc.IsNull || acc.IsObject)
                    {
                        stack[fp + code[pc + 1]].Object.SetPrototype(acc.IsNull ? null : acc.Object);
                    }

                    pc += 2;
                    break;
                default: throw new InvalidOperationException("Unknown opcode " + code[pc] + " at " + pc);
            }

            continue;

        Entered:
            // A call pushed a frame: switch to it. The caller's Pc stays on the call so a return resumes after it.
            f = ref _frames[_fi];
            code = f.Chunk.Code;
            pc = 0;
            fp = f.Fp;
        }
    }

    private int BackJump(int target, int pc)
    {
        if (target <= pc && --_ticks <= 0)
        {
            Tick();
        }

        return target;
    }

    private Closure MakeClosure(ref Frame frame, Chunk chunk)
    {
        if (!chunk.IsArrow)
        {
            return new Closure(_realm, chunk, frame.Env, null);
        }

        // Arrows see the this, super and new.target of the function that made them.
        return new Closure(_realm, chunk, frame.Env, frame.Function.Home) { BoundThis = frame.This };
    }

    private static bool Truthy(JsValue value) => value.IsBoolean ? value.Boolean : Conversions.ToBoolean(value);

    private static Environment EnvAt(Environment env, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            env = env.Parent!;
        }

        return env;
    }
}
