using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    /// <summary>The dispatch loop: runs from the top frame until the entry frame returns. One big switch by design.</summary>
    /// <remarks>
    /// Only the instructions that hot loops and calls execute are here, each with its number (or dense array, or
    /// cached property) fast path inline and its general case in a call; the rest run in <see cref="ExecuteRare"/>.
    /// Keeping this method small is what lets the JIT keep the accumulator, the program counter and the frame's
    /// register base in machine registers. Operands and registers are read without bounds checks: the compiler
    /// emits register operands below the chunk's register count, and a frame is pushed only after checking that
    /// its registers fit in the register stack.
    /// <para>
    /// Two copies (<see cref="DispatchCopy"/>): the startup one precompiled to ReadyToRun, where every tag test is a
    /// helper call and a running loop is never replaced (fib(30) runs about three times slower), and the hot one the
    /// JIT compiles once scripts have run a while (quick tier 0, then on-stack replacement with profile data). The
    /// startup copy checks before each instruction whether the hot one is ready and hands over there: the frame holds
    /// everything but the accumulator, which it returns.
    /// </para>
    /// </remarks>
    private JsValue Execute<TCopy>(JsValue accumulator)
        where TCopy : struct
    {
        var acc = accumulator;
        ref var f = ref _frames[_fi];
        var chunk = f.Chunk;
        ref var code = ref MemoryMarshal.GetArrayDataReference(chunk.Code);
        var pc = f.Pc;
        ref var regs = ref Register(f.Fp);
        while (true)
        {
            f.Pc = pc;
            if (typeof(TCopy) == typeof(DispatchCopy.Startup) && _hotReady)
            {
                _handedOver = true;
                return acc;
            }

            switch ((OpCode)Unsafe.Add(ref code, pc))
            {
                case OpCode.LdaUndefined: acc = default; pc += 1; break;
                case OpCode.LdaNull: acc = JsValue.Null; pc += 1; break;
                case OpCode.LdaTrue: acc = JsValue.True; pc += 1; break;
                case OpCode.LdaFalse: acc = JsValue.False; pc += 1; break;
                case OpCode.LdaInt: acc = JsValue.FromNumber(Operand(ref code, pc + 1)); pc += 2; break;
                case OpCode.LdaConst: acc = chunk.Constants[Operand(ref code, pc + 1)]; pc += 2; break;
                case OpCode.Ldar: acc = R(ref regs, ref code, pc + 1); pc += 2; break;
                case OpCode.Star: JsValue.Store(ref R(ref regs, ref code, pc + 1), acc); pc += 2; break;
                case OpCode.Mov: JsValue.Store(ref R(ref regs, ref code, pc + 2), R(ref regs, ref code, pc + 1)); pc += 3; break;
                case OpCode.LdaEnv: acc = EnvAt(f.Env!, Operand(ref code, pc + 1)).Slots[Operand(ref code, pc + 2)]; pc += 3; break;
                case OpCode.StaEnv: JsValue.Store(ref EnvAt(f.Env!, Operand(ref code, pc + 1)).Slots[Operand(ref code, pc + 2)], acc); pc += 3; break;
                case OpCode.LdaGlobal:
                    {
                        var cell = chunk.Cells[Operand(ref code, pc + 1)];
                        acc = cell.IsDeclared && !cell.Value.IsHole ? cell.Value : LoadGlobal(cell, throwIfMissing: true);
                        pc += 2;
                        break;
                    }

                case OpCode.StaGlobal: StoreGlobal(chunk.Cells[Operand(ref code, pc + 1)], acc); pc += 2; break;
                case OpCode.CheckHole:
                    if (acc.IsHole)
                    {
                        ThrowHole(chunk.Constants[Operand(ref code, pc + 1)].String);
                    }

                    pc += 2;
                    break;
                case OpCode.LdaThis: acc = f.This; pc += 1; break;
                case OpCode.Add:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number + acc.Number) : BinarySlow(OpCode.Add, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Sub:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number - acc.Number) : BinarySlow(OpCode.Sub, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Mul:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number * acc.Number) : BinarySlow(OpCode.Mul, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Div:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(left.Number / acc.Number) : BinarySlow(OpCode.Div, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Mod:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? JsValue.FromNumber(Remainder(left.Number, acc.Number)) : BinarySlow(OpCode.Mod, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.BitAnd:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? Conversions.ToInt32(left.Number) & Conversions.ToInt32(acc.Number) : BinarySlow(OpCode.BitAnd, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.BitOr:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? Conversions.ToInt32(left.Number) | Conversions.ToInt32(acc.Number) : BinarySlow(OpCode.BitOr, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.BitXor:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? Conversions.ToInt32(left.Number) ^ Conversions.ToInt32(acc.Number) : BinarySlow(OpCode.BitXor, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Shl:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? Conversions.ToInt32(left.Number) << (Conversions.ToInt32(acc.Number) & 31) : BinarySlow(OpCode.Shl, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Shr:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? Conversions.ToInt32(left.Number) >> (Conversions.ToInt32(acc.Number) & 31) : BinarySlow(OpCode.Shr, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Ushr:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber
                            ? (double)((uint)Conversions.ToInt32(left.Number) >> (Conversions.ToInt32(acc.Number) & 31))
                            : BinarySlow(OpCode.Ushr, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.StrictEq:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = StrictEquals(left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.StrictNe:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = !StrictEquals(left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Lt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? left.Number < acc.Number : CompareSlow(OpCode.Lt, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Le:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? left.Number <= acc.Number : CompareSlow(OpCode.Le, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Gt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? left.Number > acc.Number : CompareSlow(OpCode.Gt, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Ge:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        acc = left.IsNumber && acc.IsNumber ? left.Number >= acc.Number : CompareSlow(OpCode.Ge, left, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.Not: acc = !Truthy(acc); pc += 1; break;
                case OpCode.Inc: acc = JsValue.FromNumber((acc.IsNumber ? acc.Number : ToNumberSlow(acc).Number) + 1); pc += 1; break;
                case OpCode.Dec: acc = JsValue.FromNumber((acc.IsNumber ? acc.Number : ToNumberSlow(acc).Number) - 1); pc += 1; break;
                case OpCode.ToNumeric: acc = acc.IsNumber ? acc : ToNumberSlow(acc); pc += 1; break;
                case OpCode.Jump: pc = Jump(Operand(ref code, pc + 1), pc); break;
                case OpCode.JumpIfTrue: pc = Truthy(acc) ? Jump(Operand(ref code, pc + 1), pc) : pc + 2; break;
                case OpCode.JumpIfFalse: pc = Truthy(acc) ? pc + 2 : Jump(Operand(ref code, pc + 1), pc); break;
                case OpCode.JumpIfNullish: pc = acc.IsNullish ? Operand(ref code, pc + 1) : pc + 2; break;
                case OpCode.JumpIfNotNullish: pc = acc.IsNullish ? pc + 2 : Operand(ref code, pc + 1); break;
                case OpCode.JumpIfNotUndefined: pc = acc.IsUndefined ? pc + 2 : Operand(ref code, pc + 1); break;
                case OpCode.JumpIfNotLt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        var holds = left.IsNumber && acc.IsNumber ? left.Number < acc.Number : CompareSlow(OpCode.Lt, left, acc);
                        pc = holds ? pc + 3 : Jump(Operand(ref code, pc + 2), pc);
                        break;
                    }

                case OpCode.JumpIfNotLe:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        var holds = left.IsNumber && acc.IsNumber ? left.Number <= acc.Number : CompareSlow(OpCode.Le, left, acc);
                        pc = holds ? pc + 3 : Jump(Operand(ref code, pc + 2), pc);
                        break;
                    }

                case OpCode.JumpIfNotGt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        var holds = left.IsNumber && acc.IsNumber ? left.Number > acc.Number : CompareSlow(OpCode.Gt, left, acc);
                        pc = holds ? pc + 3 : Jump(Operand(ref code, pc + 2), pc);
                        break;
                    }

                case OpCode.JumpIfNotGe:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        var holds = left.IsNumber && acc.IsNumber ? left.Number >= acc.Number : CompareSlow(OpCode.Ge, left, acc);
                        pc = holds ? pc + 3 : Jump(Operand(ref code, pc + 2), pc);
                        break;
                    }

                case OpCode.GetNamed:
                    {
                        ref var target = ref R(ref regs, ref code, pc + 1);
                        var cache = chunk.Caches[Operand(ref code, pc + 3)];
                        if (target.Ref is JsObject o)
                        {
                            // The entries of a polymorphic site in turn (the OO workload reads its task list through
                            // three shapes); a getter, a string or a miss goes out of line.
                            var shape = o.Shape;
                            var entry = cache;
                            do
                            {
                                if (ReferenceEquals(shape, entry.Shape) && entry.NewShape is null)
                                {
                                    if (entry.Holder is null)
                                    {
                                        acc = o.Slots[entry.Slot];
                                        pc += 4;
                                        goto Read;
                                    }

                                    if (entry.Epoch == Shape.PrototypeEpoch)
                                    {
                                        acc = entry.Holder.Slots[entry.Slot];
                                        pc += 4;
                                        goto Read;
                                    }

                                    break;
                                }

                                entry = entry.Next;
                            }
                            while (entry is not null);
                        }

                        var probe = TryCachedGet(target, cache, out var cached);
                        if (probe == 2)
                        {
                            goto Entered;
                        }

                        acc = probe == 1 ? cached : GetNamedSlow(target, chunk.Constants[Operand(ref code, pc + 2)].String, cache);
                        pc += 4;
                    Read:
                        break;
                    }

                case OpCode.SetNamed:
                    {
                        ref var target = ref R(ref regs, ref code, pc + 1);
                        var cache = chunk.Caches[Operand(ref code, pc + 3)];
                        if (target.Ref is JsObject o && ReferenceEquals(o.Shape, cache.Shape) && cache.NewShape is null)
                        {
                            JsValue.Store(ref o.Slots[cache.Slot], acc);
                        }
                        else
                        {
                            SetNamedMiss(target, chunk.Constants[Operand(ref code, pc + 2)].String, acc, cache);
                        }

                        pc += 4;
                        break;
                    }

                case OpCode.GetKeyed:
                    {
                        ref var target = ref R(ref regs, ref code, pc + 1);
                        if (target.Ref is JsArray array && acc.IsNumber && array.IsDense)
                        {
                            var n = acc.Number;
                            var index = (uint)n;
                            var dense = array.Dense;
                            if (index == n && index < array.Length && index < dense.Length && !dense[index].IsHole)
                            {
                                acc = dense[index];
                                pc += 2;
                                break;
                            }
                        }

                        acc = GetKeyedSlow(target, acc);
                        pc += 2;
                        break;
                    }

                case OpCode.SetKeyed:
                    {
                        ref var target = ref R(ref regs, ref code, pc + 1);
                        ref var key = ref R(ref regs, ref code, pc + 2);
                        if (target.Ref is JsArray array && key.IsNumber && array.IsDense && array.IsExtensible)
                        {
                            var n = key.Number;
                            var index = (uint)n;
                            var dense = array.Dense;
                            if (index == n && index < array.Length && index < dense.Length)
                            {
                                JsValue.Store(ref dense[index], acc);
                                pc += 3;
                                break;
                            }
                        }

                        SetKeyedSlow(target, key, acc);
                        pc += 3;
                        break;
                    }

                case OpCode.Closure: acc = MakeClosure(ref f, chunk.Functions[Operand(ref code, pc + 1)]); pc += 2; break;
                case OpCode.Call:
                    {
                        if (--_ticks <= 0)
                        {
                            Tick();
                        }

                        ref var callee = ref R(ref regs, ref code, pc + 1);
                        var argStart = Operand(ref code, pc + 3);
                        if (callee.Ref is Closure { IsPlain: true } closure)
                        {
                            if (!TryEnterCall(ref f, closure, argStart, Operand(ref code, pc + 4), Operand(ref code, pc + 2)))
                            {
                                PushCall(ref f, closure, ref Unsafe.Add(ref code, pc));
                                goto Entered;
                            }

                            // The callee's frame is the next one; its registers start at the first argument.
                            f = ref Unsafe.Add(ref f, 1);
                            chunk = closure.Chunk!;
                            code = ref MemoryMarshal.GetArrayDataReference(chunk.Code);
                            pc = 0;
                            regs = ref Unsafe.Add(ref regs, argStart);
                            break;
                        }

                        var thisRegister = Operand(ref code, pc + 2);
                        var self = thisRegister < 0 ? default : Unsafe.Add(ref regs, thisRegister);
                        acc = CallValue(callee, self, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref regs, argStart), Operand(ref code, pc + 4)));
                        pc += 5;
                        break;
                    }

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

                        // Frames are contiguous: the caller's is the one before.
                        f = ref Unsafe.Subtract(ref f, 1);
                        if (isSuperCallee)
                        {
                            f.This = acc;
                            f.InSuperCall = false;
                        }

                        chunk = f.Chunk;
                        code = ref MemoryMarshal.GetArrayDataReference(chunk.Code);
                        pc = f.Pc + s_lengths[Unsafe.Add(ref code, f.Pc)];
                        regs = ref Register(f.Fp);
                        break;
                    }

                // Superinstructions: the fast path of the whole sequence; otherwise its first instruction runs alone
                // (goto case), and the rest of the sequence, still in place after it, runs instruction by instruction.
                case OpCode.IncRegister:
                case OpCode.DecRegister:
                    {
                        ref var register = ref R(ref regs, ref code, pc + 1);
                        if (!register.IsNumber)
                        {
                            goto case OpCode.Ldar;
                        }

                        var value = (OpCode)Unsafe.Add(ref code, pc) == OpCode.IncRegister ? register.Number + 1 : register.Number - 1;
                        register = JsValue.FromNumber(value);
                        acc = JsValue.FromNumber(value);
                        pc += 5;
                        break;
                    }

                case OpCode.JumpIfNotLtInt:
                case OpCode.JumpIfNotLeInt:
                case OpCode.JumpIfNotGtInt:
                case OpCode.JumpIfNotGeInt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 3);
                        if (!left.IsNumber)
                        {
                            goto case OpCode.LdaInt;
                        }

                        var k = Operand(ref code, pc + 1);
                        var holds = (OpCode)Unsafe.Add(ref code, pc) switch
                        {
                            OpCode.JumpIfNotLtInt => left.Number < k,
                            OpCode.JumpIfNotLeInt => left.Number <= k,
                            OpCode.JumpIfNotGtInt => left.Number > k,
                            _ => left.Number >= k,
                        };
                        acc = JsValue.FromNumber(k);
                        pc = holds ? pc + 5 : Jump(Operand(ref code, pc + 4), pc);
                        break;
                    }

                case OpCode.AddInt:
                case OpCode.SubInt:
                case OpCode.MulInt:
                case OpCode.ModInt:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 3);
                        if (!left.IsNumber)
                        {
                            goto case OpCode.LdaInt;
                        }

                        double k = Operand(ref code, pc + 1);
                        acc = JsValue.FromNumber((OpCode)Unsafe.Add(ref code, pc) switch
                        {
                            OpCode.AddInt => left.Number + k,
                            OpCode.SubInt => left.Number - k,
                            OpCode.MulInt => left.Number * k,
                            _ => Remainder(left.Number, k),
                        });
                        pc += 4;
                        break;
                    }

                case OpCode.LdaGlobalStar:
                    {
                        var cell = chunk.Cells[Operand(ref code, pc + 1)];
                        if (!cell.IsDeclared || cell.Value.IsHole)
                        {
                            goto case OpCode.LdaGlobal;
                        }

                        acc = cell.Value;
                        JsValue.Store(ref R(ref regs, ref code, pc + 3), acc);
                        pc += 4;
                        break;
                    }

                case OpCode.StarLdar:
                    JsValue.Store(ref R(ref regs, ref code, pc + 1), acc);
                    acc = R(ref regs, ref code, pc + 3);
                    pc += 4;
                    break;
                case OpCode.StarCall:
                    JsValue.Store(ref R(ref regs, ref code, pc + 1), acc);
                    pc += 2;
                    f.Pc = pc;
                    goto case OpCode.Call;
                case OpCode.GetNamedStar:
                    {
                        ref var target = ref R(ref regs, ref code, pc + 1);
                        var cache = chunk.Caches[Operand(ref code, pc + 3)];
                        if (target.Ref is not JsObject o || !ReferenceEquals(o.Shape, cache.Shape) || cache.NewShape is not null)
                        {
                            goto case OpCode.GetNamed;
                        }

                        if (cache.Holder is null)
                        {
                            acc = o.Slots[cache.Slot];
                        }
                        else if (cache.Epoch == Shape.PrototypeEpoch)
                        {
                            acc = cache.Holder.Slots[cache.Slot];
                        }
                        else
                        {
                            goto case OpCode.GetNamed;
                        }

                        JsValue.Store(ref R(ref regs, ref code, pc + 5), acc);
                        pc += 6;
                        break;
                    }

                case OpCode.LdaEnvStar:
                    acc = EnvAt(f.Env!, Operand(ref code, pc + 1)).Slots[Operand(ref code, pc + 2)];
                    JsValue.Store(ref R(ref regs, ref code, pc + 4), acc);
                    pc += 5;
                    break;
                case OpCode.LdarGetKeyed:
                    {
                        ref var key = ref R(ref regs, ref code, pc + 1);
                        if (R(ref regs, ref code, pc + 3).Ref is JsArray array && key.IsNumber && array.IsDense)
                        {
                            var n = key.Number;
                            var index = (uint)n;
                            var dense = array.Dense;
                            if (index == n && index < array.Length && index < dense.Length && !dense[index].IsHole)
                            {
                                acc = dense[index];
                                pc += 4;
                                break;
                            }
                        }

                        goto case OpCode.Ldar;
                    }

                case OpCode.LdarReturn:
                    acc = R(ref regs, ref code, pc + 1);
                    pc += 2;
                    f.Pc = pc;
                    goto case OpCode.Return;
                case OpCode.AddReturn:
                    {
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        if (!left.IsNumber || !acc.IsNumber)
                        {
                            goto case OpCode.Add;
                        }

                        acc = JsValue.FromNumber(left.Number + acc.Number);
                        pc += 2;
                        f.Pc = pc;
                        goto case OpCode.Return;
                    }

                case OpCode.StarLdaGlobalStar:
                    {
                        var cell = chunk.Cells[Operand(ref code, pc + 3)];
                        if (!cell.IsDeclared || cell.Value.IsHole)
                        {
                            goto case OpCode.Star;
                        }

                        JsValue.Store(ref R(ref regs, ref code, pc + 1), acc);
                        acc = cell.Value;
                        JsValue.Store(ref R(ref regs, ref code, pc + 5), acc);
                        pc += 6;
                        break;
                    }

                case OpCode.JumpIfNull:
                case OpCode.JumpIfNotNull:
                    {
                        var isNull = R(ref regs, ref code, pc + 2).IsNull;
                        var jumps = (OpCode)Unsafe.Add(ref code, pc) == OpCode.JumpIfNull ? isNull : !isNull;
                        acc = JsValue.FromBoolean(!jumps);
                        pc = jumps ? Jump(Operand(ref code, pc + 4), pc) : pc + 5;
                        break;
                    }

                case OpCode.InstanceOf:
                    {
                        // A script class's prototype is fixed, so the common case walks the chain here, with no call
                        // and no lookup of "prototype" (the OO workload tests each of its tasks on every step).
                        ref var left = ref R(ref regs, ref code, pc + 1);
                        if (acc.Ref is Closure { FixedPrototype: { } prototype } && left.Ref is JsObject instance)
                        {
                            var holds = false;
                            for (var o = instance.Prototype; o is not null; o = o.Prototype)
                            {
                                if (ReferenceEquals(o, prototype))
                                {
                                    holds = true;
                                    break;
                                }
                            }

                            acc = holds ? JsValue.True : JsValue.False;
                        }
                        else
                        {
                            acc = InstanceOfSlow(left, acc);
                        }

                        pc += 2;
                        break;
                    }

                default:
                    {
                        var depth = _fi;
                        acc = ExecuteRare(ref f, acc);
                        if (_fi != depth)
                        {
                            goto Entered;
                        }

                        pc = f.Pc;
                        break;
                    }
            }

            continue;

        Entered:
            // A call pushed a frame: switch to it. The caller's Pc stays on the call so a return resumes after it.
            f = ref _frames[_fi];
            chunk = f.Chunk;
            code = ref MemoryMarshal.GetArrayDataReference(chunk.Code);
            pc = f.Pc;
            regs = ref Register(f.Fp);
        }
    }

    /// <summary>Pushes the frame of a call of a plain closure in place, without copying the arguments; false when it needs <see cref="PushFrame"/>.</summary>
    /// <remarks>
    /// The arguments are the caller's topmost temporaries (the compiler evaluates them last, into fresh registers),
    /// so the callee's frame starts at the first argument: the arguments already sit in its parameter registers, and
    /// what the caller had above them is dead. Only missing arguments and the binder's locals are cleared: the
    /// temporaries above them are written before they are read. Few fields are written, and the references only
    /// when they change, because each reference store into the frame array calls the GC write barrier; a frame slot
    /// is mostly reused by the same function (recursion, a loop calling a helper).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEnterCall(ref Frame caller, Closure closure, int argStart, int argCount, int thisRegister)
    {
        var self = thisRegister < 0 || closure.Chunk!.IsArrow ? default : Register(caller.Fp + thisRegister);
        return TryEnterFrame(ref caller, closure, caller.Fp + argStart, argCount, self);
    }

    /// <summary>
    /// Pushes the frame of a getter found by a property read's cache, above all of the caller's registers (its
    /// temporaries are live); false when it needs the general path. The lean twin of <see cref="PushFrame"/>, which
    /// costs a getter call about as much as the getter's own code.
    /// </summary>
    private bool TryEnterGetter(Closure getter, JsValue receiver)
    {
        ref var caller = ref _frames[_fi];
        return TryEnterFrame(ref caller, getter, caller.Fp + caller.Chunk.RegisterCount, 0, receiver);
    }

    /// <summary>The frame push shared by <see cref="TryEnterCall"/> and <see cref="TryEnterGetter"/>: the frame starts at <paramref name="fp"/>, whose first <paramref name="argCount"/> registers hold the arguments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryEnterFrame(ref Frame caller, Closure closure, int fp, int argCount, JsValue self)
    {
        var chunk = closure.Chunk!;
        if (chunk.HasRest || _fi + 1 >= MaxFrames || fp + chunk.RegisterCount > MaxRegisters)
        {
            return false;
        }

        ref var regs = ref Register(fp);
        for (var i = Math.Min(argCount, chunk.ParameterCount); i < chunk.LocalCount; i++)
        {
            Unsafe.Add(ref regs, i) = default;
        }

        _fi++;
        ref var f = ref Unsafe.Add(ref caller, 1);
        if (!ReferenceEquals(f.Function, closure))
        {
            f.Function = closure;
        }

        f.Pc = 0;
        f.Fp = fp;
        if (!ReferenceEquals(f.Env, closure.Env))
        {
            if (closure.Env is { } env)
            {
                f.Env = env;
            }
            else
            {
                f.Env = null;
            }
        }

        if (chunk.IsArrow)
        {
            JsValue.Store(ref f.This, closure.BoundThis);
        }
        else
        {
            JsValue.Store(ref f.This, self);
            if (chunk.ThisRegister >= 0)
            {
                JsValue.Store(ref Unsafe.Add(ref regs, chunk.ThisRegister), self);
            }
        }

        f.NewTarget = null;
        f.IsConstruct = false;
        f.IsEntry = false;
        f.InSuperCall = false;
        f.IsSuperCallee = false;
        return true;
    }

    /// <summary>A register by its absolute index in the register stack, unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref JsValue Register(int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), index);

    /// <summary>The code word at <paramref name="index"/> (an operand), unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Operand(ref int code, int index) => Unsafe.Add(ref code, index);

    /// <summary>The frame register that the code word at <paramref name="index"/> names, unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref JsValue R(ref JsValue regs, ref int code, int index) => ref Unsafe.Add(ref regs, Unsafe.Add(ref code, index));

    /// <summary>A jump; backward jumps count toward the budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Jump(int target, int pc)
    {
        if (target <= pc && --_ticks <= 0)
        {
            Tick();
        }

        return target;
    }

    /// <summary>Number::remainder with a fast path for positive integer operands (the common <c>i % n</c> and hash steps).</summary>
    /// <remarks>
    /// The range tests make the plain (non-saturating) conversions exact, and a 32-bit division is used where it
    /// suffices; anything else (negatives, zeros, fractions, huge values) takes fmod, which is a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Remainder(double left, double right)
    {
        if (left >= 1 && left < 9007199254740992.0 && right >= 1 && right <= int.MaxValue)
        {
            var l = double.ConvertToIntegerNative<long>(left);
            var r = double.ConvertToIntegerNative<int>(right);
            if (l == left && r == right)
            {
                return l <= int.MaxValue ? (int)l % r : l % r;
            }
        }

        return left % right;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Closure MakeClosure(ref Frame frame, Chunk chunk)
    {
        if (!chunk.IsArrow)
        {
            return new Closure(_realm, chunk, frame.Env, null);
        }

        // Arrows see the this, super and new.target of the function that made them.
        return new Closure(_realm, chunk, frame.Env, frame.Function.Home) { BoundThis = frame.This };
    }

    /// <summary><c>===</c> inline for numbers and for values compared by identity (objects, null, undefined); strings and booleans out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StrictEquals(JsValue left, JsValue right)
    {
        if (left.IsNumber)
        {
            return right.IsNumber && left.Number == right.Number;
        }

        return left.Ref is string || left.IsBoolean ? StrictEqualsSlow(left, right) : ReferenceEquals(left.Ref, right.Ref);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Truthy(JsValue value) => value.IsBoolean ? value.Boolean : TruthySlow(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Environment EnvAt(Environment env, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            env = env.Parent!;
        }

        return env;
    }
}
