using System.Numerics;
using System.Runtime.CompilerServices;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// The interpreter's dispatch loop: one <c>switch</c> over the IR in a loop, with the instruction pointer, frame
/// pointer, memory base and size, and the fuel countdown in locals the JIT keeps in registers. Wasm-to-Wasm calls
/// within an instance push a <see cref="CallFrame"/> and continue in the same loop; calls to host functions or other
/// instances go through the store and come back. This is one deliberately large method (ARCHITECTURE.md names it):
/// splitting it would cost a call per instruction. Rare, larger operations live in <see cref="BulkOps"/> and
/// <see cref="NumericOps"/>. Store thread only; allocates nothing except when it throws a trap.
/// </summary>
internal static unsafe class Machine
{
    /// <summary>Fuel handed to an activation at a time: interruption is noticed within this many units.</summary>
    private const long FuelChunk = 1 << 16;

    /// <summary>Runs defined function <paramref name="function"/> of <paramref name="instance"/> with its frame at <paramref name="fp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public static void Run(Instance instance, InterpreterModule module, int function, ulong* fp)
    {
        // Everything the hot handlers do not touch stays behind one reference, so the JIT has registers for the rest.
        var ctx = (InstanceContext?)instance.TierState ?? InstanceContext.Create(instance, module);
        var frame = ctx.Stack.FrameTop;
        var memory = ctx.Memory;
        var fuel = TakeFuel(ctx.Store);
        var entry = ctx.Functions + function;
        if (frame == ctx.FrameEnd || fp + entry->FrameSize > ctx.StackEnd)
        {
            throw Traps.At(TrapKind.CallStackExhausted, ctx.Code + entry->Start);
        }

        // The activation's first record has no return address: returning to it leaves the loop.
        frame->ReturnIp = null;
        frame->Fp = fp;
        frame++;

        for (int i = entry->ParamCount, end = i + entry->LocalCount; i < end; i++)
        {
            fp[i] = 0;
        }

        var ip = ctx.Code + entry->Start;
        FunctionCode* callee;
        ulong* calleeFp;
        int* returnIp;
        while (true)
        {
            switch ((Op)(*ip))
            {
                case Op.Unreachable:
                    throw Traps.At(TrapKind.Unreachable, ip);
                case Op.Br:
                    {
                        var off = ip[1];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                case Op.BrNz:
                    if ((uint)fp[ip[1]] != 0)
                    {
                        var off = ip[2];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 3;
                    continue;
                case Op.BrZ:
                    if ((uint)fp[ip[1]] == 0)
                    {
                        var off = ip[2];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 3;
                    continue;
                case Op.BrNz64:
                    if (fp[ip[1]] != 0)
                    {
                        var off = ip[2];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 3;
                    continue;
                case Op.BrZ64:
                    if (fp[ip[1]] == 0)
                    {
                        var off = ip[2];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 3;
                    continue;
                case Op.BrTable:
                    {
                        var last = (uint)ip[2] - 1;
                        var index = Math.Min((uint)fp[ip[1]], last);
                        var off = ip[3 + index];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                case Op.Return:
                    frame--;
                    ip = frame->ReturnIp;
                    fp = frame->Fp;
                    if (ip == null)
                    {
                        ctx.Store.FuelLeft += fuel;
                        return;
                    }

                    continue;
                case Op.Call:
                    callee = ctx.Functions + ip[1];
                    calleeFp = fp + ip[2];
                    returnIp = ip + 3;
                    goto Enter;
                case Op.CallArgs:
                    {
                        // Arguments still in locals are copied straight into the callee's parameters.
                        callee = ctx.Functions + ip[1];
                        calleeFp = fp + ip[2];
                        var count = ip[3];
                        for (var k = 0; k < count; k++)
                        {
                            calleeFp[k] = fp[ip[4 + k]];
                        }

                        returnIp = ip + 4 + count;
                        goto Enter;
                    }

                case Op.CallImport:
                    ctx.Stack.FrameTop = frame;
                    fuel = CallOut(ctx, ctx.FunctionInstances[ip[1]], fp + ip[2], fuel);
                    ip += 3;
                    continue;
                case Op.CallIndirect:
                    {
                        var target = Resolve(ctx, ctx.Tables[ip[2]], (uint)fp[ip[3]], ip[1], ip);
                        if (target.Instance == ctx.Instance)
                        {
                            callee = ctx.Functions + target.DefinedIndex;
                            calleeFp = fp + ip[4];
                            returnIp = ip + 5;
                            goto Enter;
                        }

                        ctx.Stack.FrameTop = frame;
                        fuel = CallOut(ctx, target, fp + ip[4], fuel);
                        ip += 5;
                        continue;
                    }

                case Op.Mov:
                    fp[ip[1]] = fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.Mov2:
                    fp[ip[1]] = fp[ip[2]];
                    fp[ip[3]] = fp[ip[4]];
                    ip += 5;
                    continue;
                case Op.Const32:
                    fp[ip[1]] = (uint)ip[2];
                    ip += 3;
                    continue;
                case Op.Const64:
                    fp[ip[1]] = (uint)ip[2] | ((ulong)(uint)ip[3] << 32);
                    ip += 4;
                    continue;
                case Op.Select:
                    fp[ip[1]] = (uint)fp[ip[4]] != 0 ? fp[ip[2]] : fp[ip[3]];
                    ip += 5;
                    continue;
                case Op.GlobalGet:
                    fp[ip[1]] = ctx.Globals[ip[2]].Bits;
                    ip += 3;
                    continue;
                case Op.GlobalSet:
                    ctx.Globals[ip[1]].Bits = fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.TableGet:
                    fp[ip[1]] = BulkOps.TableGet(ctx.Tables[ip[2]], (uint)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.TableSet:
                    BulkOps.TableSet(ctx.Tables[ip[1]], (uint)fp[ip[2]], fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.TableSize:
                    fp[ip[1]] = ctx.Tables[ip[2]].Size;
                    ip += 3;
                    continue;
                case Op.TableGrow:
                    {
                        var elements = (uint)fp[ip[4]];
                        fp[ip[1]] = (uint)ctx.Tables[ip[2]].GrowRaw(elements, fp[ip[3]]);
                        fuel -= (long)elements >> 2;
                    }

                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 5;
                    continue;
                case Op.TableFill:
                    BulkOps.TableFill(ctx.Tables[ip[1]], (uint)fp[ip[2]], fp[ip[3]], (uint)fp[ip[4]], ip);
                    fuel -= (long)(uint)fp[ip[4]] >> 2;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 5;
                    continue;
                case Op.TableCopy:
                    BulkOps.TableCopy(ctx.Tables[ip[1]], ctx.Tables[ip[2]], (uint)fp[ip[3]], (uint)fp[ip[4]], (uint)fp[ip[5]], ip);
                    fuel -= (long)(uint)fp[ip[5]] >> 2;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 6;
                    continue;
                case Op.TableInit:
                    BulkOps.TableInit(ctx.Tables[ip[1]], ctx.Instance.ElementSegments[ip[2]], (uint)fp[ip[3]], (uint)fp[ip[4]], (uint)fp[ip[5]], ip);
                    fuel -= (long)(uint)fp[ip[5]] >> 2;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 6;
                    continue;
                case Op.ElemDrop:
                    ctx.Instance.ElementSegments[ip[1]] = [];
                    ip += 2;
                    continue;
                case Op.RefIsNull:
                    fp[ip[1]] = fp[ip[2]] == 0 ? 1u : 0u;
                    ip += 3;
                    continue;
                case Op.RefFunc:
                    fp[ip[1]] = ctx.FunctionInstances[ip[2]].Handle;
                    ip += 3;
                    continue;
                case Op.MemorySize:
                    fp[ip[1]] = memory.Pages;
                    ip += 2;
                    continue;
                case Op.MemoryGrow:
                    {
                        // Growth zeroes the new pages: charge for them (the operand and result may share a slot).
                        var pages = (uint)fp[ip[2]];
                        fp[ip[1]] = (uint)memory.Grow(pages);
                        fuel -= (long)pages << 12;
                    }

                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 3;
                    continue;
                case Op.MemoryInit:
                    BulkOps.MemoryInit(ctx.Instance, ip[1], (uint)fp[ip[2]], (uint)fp[ip[3]], (uint)fp[ip[4]], ip);
                    fuel -= (long)(uint)fp[ip[4]] >> 4;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 5;
                    continue;
                case Op.DataDrop:
                    ctx.Instance.DataSegments[ip[1]] = ReadOnlyMemory<byte>.Empty;
                    ip += 2;
                    continue;
                case Op.MemoryCopy:
                    BulkOps.MemoryCopy(memory.Base, memory.Length64, (uint)fp[ip[1]], (uint)fp[ip[2]], (uint)fp[ip[3]], ip);
                    fuel -= (long)(uint)fp[ip[3]] >> 4;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 4;
                    continue;
                case Op.MemoryFill:
                    BulkOps.MemoryFill(memory.Base, memory.Length64, (uint)fp[ip[1]], (byte)fp[ip[2]], (uint)fp[ip[3]], ip);
                    fuel -= (long)(uint)fp[ip[3]] >> 4;
                    if (fuel < 0)
                    {
                        fuel = Refill(ctx, fuel, ip);
                    }

                    ip += 4;
                    continue;
                // Memory: the address operand plus a folded i32.add constant (wrapping), plus the offset, as a 64-bit
                // effective address that cannot overflow; one bounds check against the memory's current size.
                case Op.I32Load:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 4 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = Unsafe.ReadUnaligned<uint>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I64Load:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 8 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = Unsafe.ReadUnaligned<ulong>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I32Load8S:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 1 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = (uint)*(sbyte*)(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I32Load8U:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 1 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = memory.Base[ea];
                        ip += 5;
                        continue;
                    }

                case Op.I32Load16S:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 2 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = (uint)Unsafe.ReadUnaligned<short>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I32Load16U:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 2 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = Unsafe.ReadUnaligned<ushort>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I64Load8S:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 1 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = (ulong)*(sbyte*)(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I64Load16S:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 2 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = (ulong)Unsafe.ReadUnaligned<short>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I64Load32S:
                    {
                        var ea = (ulong)((uint)fp[ip[2]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 4 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        fp[ip[1]] = (ulong)Unsafe.ReadUnaligned<int>(memory.Base + ea);
                        ip += 5;
                        continue;
                    }

                case Op.I32Store:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 4 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, (uint)fp[ip[2]]);
                        ip += 5;
                        continue;
                    }

                case Op.I64Store:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 8 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, fp[ip[2]]);
                        ip += 5;
                        continue;
                    }

                case Op.Store8:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 1 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        memory.Base[ea] = (byte)fp[ip[2]];
                        ip += 5;
                        continue;
                    }

                case Op.Store16:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 2 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, (ushort)fp[ip[2]]);
                        ip += 5;
                        continue;
                    }

                case Op.I32StoreImm:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 4 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, ip[2]);
                        ip += 5;
                        continue;
                    }

                case Op.I64StoreImm:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 8 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, (long)ip[2]);
                        ip += 5;
                        continue;
                    }

                case Op.Store8Imm:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 1 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        memory.Base[ea] = (byte)ip[2];
                        ip += 5;
                        continue;
                    }

                case Op.Store16Imm:
                    {
                        var ea = (ulong)((uint)fp[ip[1]] + (uint)ip[4]) + (uint)ip[3];
                        if (ea + 2 > memory.Length64)
                        {
                            throw Traps.At(TrapKind.OutOfBoundsMemoryAccess, ip);
                        }

                        Unsafe.WriteUnaligned(memory.Base + ea, (ushort)ip[2]);
                        ip += 5;
                        continue;
                    }

                // i32 and i64 arithmetic: i32 results are stored zero-extended.
                case Op.I32Add:
                    fp[ip[1]] = (uint)fp[ip[2]] + (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Sub:
                    fp[ip[1]] = (uint)fp[ip[2]] - (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Mul:
                    fp[ip[1]] = (uint)fp[ip[2]] * (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32DivS:
                    fp[ip[1]] = (uint)NumericOps.I32DivS((int)fp[ip[2]], (int)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I32DivU:
                    fp[ip[1]] = NumericOps.I32DivU((uint)fp[ip[2]], (uint)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I32RemS:
                    fp[ip[1]] = (uint)NumericOps.I32RemS((int)fp[ip[2]], (int)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I32RemU:
                    fp[ip[1]] = NumericOps.I32RemU((uint)fp[ip[2]], (uint)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I32And:
                    fp[ip[1]] = (uint)fp[ip[2]] & (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Or:
                    fp[ip[1]] = (uint)fp[ip[2]] | (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Xor:
                    fp[ip[1]] = (uint)fp[ip[2]] ^ (uint)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Shl:
                    fp[ip[1]] = (uint)fp[ip[2]] << (int)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32ShrS:
                    fp[ip[1]] = (uint)((int)fp[ip[2]] >> (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I32ShrU:
                    fp[ip[1]] = (uint)fp[ip[2]] >> (int)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I32Rotl:
                    fp[ip[1]] = BitOperations.RotateLeft((uint)fp[ip[2]], (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I32Rotr:
                    fp[ip[1]] = BitOperations.RotateRight((uint)fp[ip[2]], (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I32Eq:
                    fp[ip[1]] = (uint)fp[ip[2]] == (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32Ne:
                    fp[ip[1]] = (uint)fp[ip[2]] != (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LtS:
                    fp[ip[1]] = (int)fp[ip[2]] < (int)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LtU:
                    fp[ip[1]] = (uint)fp[ip[2]] < (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GtS:
                    fp[ip[1]] = (int)fp[ip[2]] > (int)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GtU:
                    fp[ip[1]] = (uint)fp[ip[2]] > (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LeS:
                    fp[ip[1]] = (int)fp[ip[2]] <= (int)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LeU:
                    fp[ip[1]] = (uint)fp[ip[2]] <= (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GeS:
                    fp[ip[1]] = (int)fp[ip[2]] >= (int)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GeU:
                    fp[ip[1]] = (uint)fp[ip[2]] >= (uint)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32AddImm:
                    fp[ip[1]] = (uint)fp[ip[2]] + (uint)ip[3];
                    ip += 4;
                    continue;
                case Op.I32MulImm:
                    fp[ip[1]] = (uint)fp[ip[2]] * (uint)ip[3];
                    ip += 4;
                    continue;
                case Op.I32AndImm:
                    fp[ip[1]] = (uint)fp[ip[2]] & (uint)ip[3];
                    ip += 4;
                    continue;
                case Op.I32OrImm:
                    fp[ip[1]] = (uint)fp[ip[2]] | (uint)ip[3];
                    ip += 4;
                    continue;
                case Op.I32XorImm:
                    fp[ip[1]] = (uint)fp[ip[2]] ^ (uint)ip[3];
                    ip += 4;
                    continue;
                case Op.I32ShlImm:
                    fp[ip[1]] = (uint)fp[ip[2]] << ip[3];
                    ip += 4;
                    continue;
                case Op.I32ShrSImm:
                    fp[ip[1]] = (uint)((int)fp[ip[2]] >> ip[3]);
                    ip += 4;
                    continue;
                case Op.I32ShrUImm:
                    fp[ip[1]] = (uint)fp[ip[2]] >> ip[3];
                    ip += 4;
                    continue;
                case Op.I32EqImm:
                    fp[ip[1]] = (uint)fp[ip[2]] == (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32NeImm:
                    fp[ip[1]] = (uint)fp[ip[2]] != (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LtSImm:
                    fp[ip[1]] = (int)fp[ip[2]] < ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LtUImm:
                    fp[ip[1]] = (uint)fp[ip[2]] < (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GtSImm:
                    fp[ip[1]] = (int)fp[ip[2]] > ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GtUImm:
                    fp[ip[1]] = (uint)fp[ip[2]] > (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LeSImm:
                    fp[ip[1]] = (int)fp[ip[2]] <= ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32LeUImm:
                    fp[ip[1]] = (uint)fp[ip[2]] <= (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GeSImm:
                    fp[ip[1]] = (int)fp[ip[2]] >= ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32GeUImm:
                    fp[ip[1]] = (uint)fp[ip[2]] >= (uint)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64Add:
                    fp[ip[1]] = fp[ip[2]] + fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Sub:
                    fp[ip[1]] = fp[ip[2]] - fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Mul:
                    fp[ip[1]] = fp[ip[2]] * fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64DivS:
                    fp[ip[1]] = (ulong)NumericOps.I64DivS((long)fp[ip[2]], (long)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I64DivU:
                    fp[ip[1]] = NumericOps.I64DivU(fp[ip[2]], fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I64RemS:
                    fp[ip[1]] = (ulong)NumericOps.I64RemS((long)fp[ip[2]], (long)fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I64RemU:
                    fp[ip[1]] = NumericOps.I64RemU(fp[ip[2]], fp[ip[3]], ip);
                    ip += 4;
                    continue;
                case Op.I64And:
                    fp[ip[1]] = fp[ip[2]] & fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Or:
                    fp[ip[1]] = fp[ip[2]] | fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Xor:
                    fp[ip[1]] = fp[ip[2]] ^ fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Shl:
                    fp[ip[1]] = fp[ip[2]] << (int)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64ShrS:
                    fp[ip[1]] = (ulong)((long)fp[ip[2]] >> (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I64ShrU:
                    fp[ip[1]] = fp[ip[2]] >> (int)fp[ip[3]];
                    ip += 4;
                    continue;
                case Op.I64Rotl:
                    fp[ip[1]] = BitOperations.RotateLeft(fp[ip[2]], (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I64Rotr:
                    fp[ip[1]] = BitOperations.RotateRight(fp[ip[2]], (int)fp[ip[3]]);
                    ip += 4;
                    continue;
                case Op.I64Eq:
                    fp[ip[1]] = fp[ip[2]] == fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64Ne:
                    fp[ip[1]] = fp[ip[2]] != fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LtS:
                    fp[ip[1]] = (long)fp[ip[2]] < (long)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LtU:
                    fp[ip[1]] = fp[ip[2]] < fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GtS:
                    fp[ip[1]] = (long)fp[ip[2]] > (long)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GtU:
                    fp[ip[1]] = fp[ip[2]] > fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LeS:
                    fp[ip[1]] = (long)fp[ip[2]] <= (long)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LeU:
                    fp[ip[1]] = fp[ip[2]] <= fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GeS:
                    fp[ip[1]] = (long)fp[ip[2]] >= (long)fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GeU:
                    fp[ip[1]] = fp[ip[2]] >= fp[ip[3]] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64AddImm:
                    fp[ip[1]] = fp[ip[2]] + (ulong)(long)ip[3];
                    ip += 4;
                    continue;
                case Op.I64MulImm:
                    fp[ip[1]] = fp[ip[2]] * (ulong)(long)ip[3];
                    ip += 4;
                    continue;
                case Op.I64AndImm:
                    fp[ip[1]] = fp[ip[2]] & (ulong)(long)ip[3];
                    ip += 4;
                    continue;
                case Op.I64OrImm:
                    fp[ip[1]] = fp[ip[2]] | (ulong)(long)ip[3];
                    ip += 4;
                    continue;
                case Op.I64XorImm:
                    fp[ip[1]] = fp[ip[2]] ^ (ulong)(long)ip[3];
                    ip += 4;
                    continue;
                case Op.I64ShlImm:
                    fp[ip[1]] = fp[ip[2]] << ip[3];
                    ip += 4;
                    continue;
                case Op.I64ShrSImm:
                    fp[ip[1]] = (ulong)((long)fp[ip[2]] >> ip[3]);
                    ip += 4;
                    continue;
                case Op.I64ShrUImm:
                    fp[ip[1]] = fp[ip[2]] >> ip[3];
                    ip += 4;
                    continue;
                case Op.I64EqImm:
                    fp[ip[1]] = fp[ip[2]] == (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64NeImm:
                    fp[ip[1]] = fp[ip[2]] != (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LtSImm:
                    fp[ip[1]] = (long)fp[ip[2]] < (long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LtUImm:
                    fp[ip[1]] = fp[ip[2]] < (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GtSImm:
                    fp[ip[1]] = (long)fp[ip[2]] > (long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GtUImm:
                    fp[ip[1]] = fp[ip[2]] > (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LeSImm:
                    fp[ip[1]] = (long)fp[ip[2]] <= (long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64LeUImm:
                    fp[ip[1]] = fp[ip[2]] <= (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GeSImm:
                    fp[ip[1]] = (long)fp[ip[2]] >= (long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I64GeUImm:
                    fp[ip[1]] = fp[ip[2]] >= (ulong)(long)ip[3] ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.I32Eqz:
                    fp[ip[1]] = (uint)fp[ip[2]] == 0 ? 1u : 0u;
                    ip += 3;
                    continue;
                case Op.I32Clz:
                    fp[ip[1]] = (uint)BitOperations.LeadingZeroCount((uint)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I32Ctz:
                    fp[ip[1]] = (uint)BitOperations.TrailingZeroCount((uint)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I32Popcnt:
                    fp[ip[1]] = (uint)BitOperations.PopCount((uint)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I32Extend8S:
                    fp[ip[1]] = (uint)(sbyte)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I32Extend16S:
                    fp[ip[1]] = (uint)(short)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I64Eqz:
                    fp[ip[1]] = fp[ip[2]] == 0 ? 1u : 0u;
                    ip += 3;
                    continue;
                case Op.I64Clz:
                    fp[ip[1]] = (ulong)BitOperations.LeadingZeroCount(fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I64Ctz:
                    fp[ip[1]] = (ulong)BitOperations.TrailingZeroCount(fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I64Popcnt:
                    fp[ip[1]] = (ulong)BitOperations.PopCount(fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.I64Extend8S:
                    fp[ip[1]] = (ulong)(sbyte)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I64Extend16S:
                    fp[ip[1]] = (ulong)(short)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I64Extend32S:
                    fp[ip[1]] = (ulong)(int)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I32WrapI64:
                    fp[ip[1]] = (uint)fp[ip[2]];
                    ip += 3;
                    continue;
                case Op.I64ExtendI32S:
                    fp[ip[1]] = (ulong)(int)fp[ip[2]];
                    ip += 3;
                    continue;
                // Floats: f32 ops round in single precision; bit operations keep NaN payloads (spec 4.3.3).
                case Op.F32Abs:
                    fp[ip[1]] = (uint)fp[ip[2]] & ~0x8000_0000u;
                    ip += 3;
                    continue;
                case Op.F32Neg:
                    fp[ip[1]] = (uint)fp[ip[2]] ^ 0x8000_0000u;
                    ip += 3;
                    continue;
                case Op.F32Copysign:
                    fp[ip[1]] = ((uint)fp[ip[2]] & ~0x8000_0000u) | ((uint)fp[ip[3]] & 0x8000_0000u);
                    ip += 4;
                    continue;
                case Op.F32Ceil:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Ceil(*(float*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F32Floor:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Floor(*(float*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F32Trunc:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Trunc(*(float*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F32Nearest:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Nearest(*(float*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F32Sqrt:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Sqrt(*(float*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F32Add:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(*(float*)(fp + ip[2]) + *(float*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F32Sub:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(*(float*)(fp + ip[2]) - *(float*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F32Mul:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(*(float*)(fp + ip[2]) * *(float*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F32Div:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(*(float*)(fp + ip[2]) / *(float*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F32Min:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Min(*(float*)(fp + ip[2]), *(float*)(fp + ip[3])));
                    ip += 4;
                    continue;
                case Op.F32Max:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32Max(*(float*)(fp + ip[2]), *(float*)(fp + ip[3])));
                    ip += 4;
                    continue;
                case Op.F32Eq:
                    fp[ip[1]] = *(float*)(fp + ip[2]) == *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F32Ne:
                    fp[ip[1]] = *(float*)(fp + ip[2]) != *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F32Lt:
                    fp[ip[1]] = *(float*)(fp + ip[2]) < *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F32Gt:
                    fp[ip[1]] = *(float*)(fp + ip[2]) > *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F32Le:
                    fp[ip[1]] = *(float*)(fp + ip[2]) <= *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F32Ge:
                    fp[ip[1]] = *(float*)(fp + ip[2]) >= *(float*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Abs:
                    fp[ip[1]] = fp[ip[2]] & ~0x8000_0000_0000_0000ul;
                    ip += 3;
                    continue;
                case Op.F64Neg:
                    fp[ip[1]] = fp[ip[2]] ^ 0x8000_0000_0000_0000ul;
                    ip += 3;
                    continue;
                case Op.F64Copysign:
                    fp[ip[1]] = (fp[ip[2]] & ~0x8000_0000_0000_0000ul) | (fp[ip[3]] & 0x8000_0000_0000_0000ul);
                    ip += 4;
                    continue;
                case Op.F64Ceil:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Ceil(*(double*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F64Floor:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Floor(*(double*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F64Trunc:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Trunc(*(double*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F64Nearest:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Nearest(*(double*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F64Sqrt:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Sqrt(*(double*)(fp + ip[2])));
                    ip += 3;
                    continue;
                case Op.F64Add:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(*(double*)(fp + ip[2]) + *(double*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F64Sub:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(*(double*)(fp + ip[2]) - *(double*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F64Mul:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(*(double*)(fp + ip[2]) * *(double*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F64Div:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(*(double*)(fp + ip[2]) / *(double*)(fp + ip[3]));
                    ip += 4;
                    continue;
                case Op.F64Min:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Min(*(double*)(fp + ip[2]), *(double*)(fp + ip[3])));
                    ip += 4;
                    continue;
                case Op.F64Max:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64Max(*(double*)(fp + ip[2]), *(double*)(fp + ip[3])));
                    ip += 4;
                    continue;
                case Op.F64Eq:
                    fp[ip[1]] = *(double*)(fp + ip[2]) == *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Ne:
                    fp[ip[1]] = *(double*)(fp + ip[2]) != *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Lt:
                    fp[ip[1]] = *(double*)(fp + ip[2]) < *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Gt:
                    fp[ip[1]] = *(double*)(fp + ip[2]) > *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Le:
                    fp[ip[1]] = *(double*)(fp + ip[2]) <= *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                case Op.F64Ge:
                    fp[ip[1]] = *(double*)(fp + ip[2]) >= *(double*)(fp + ip[3]) ? 1u : 0u;
                    ip += 4;
                    continue;
                // Conversions (spec 4.3.4): trapping truncations check range and NaN; unsigned sources avoid double rounding.
                case Op.I32TruncF32S:
                    fp[ip[1]] = (uint)NumericOps.I32TruncF32S(*(float*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I32TruncF32U:
                    fp[ip[1]] = NumericOps.I32TruncF32U(*(float*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I32TruncF64S:
                    fp[ip[1]] = (uint)NumericOps.I32TruncF64S(*(double*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I32TruncF64U:
                    fp[ip[1]] = NumericOps.I32TruncF64U(*(double*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I64TruncF32S:
                    fp[ip[1]] = (ulong)NumericOps.I64TruncF32S(*(float*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I64TruncF32U:
                    fp[ip[1]] = NumericOps.I64TruncF32U(*(float*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I64TruncF64S:
                    fp[ip[1]] = (ulong)NumericOps.I64TruncF64S(*(double*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I64TruncF64U:
                    fp[ip[1]] = NumericOps.I64TruncF64U(*(double*)(fp + ip[2]), ip);
                    ip += 3;
                    continue;
                case Op.I32TruncSatF32S:
                    fp[ip[1]] = (uint)NumericOps.I32TruncSatF32S(*(float*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I32TruncSatF32U:
                    fp[ip[1]] = NumericOps.I32TruncSatF32U(*(float*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I32TruncSatF64S:
                    fp[ip[1]] = (uint)NumericOps.I32TruncSatF64S(*(double*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I32TruncSatF64U:
                    fp[ip[1]] = NumericOps.I32TruncSatF64U(*(double*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I64TruncSatF32S:
                    fp[ip[1]] = (ulong)NumericOps.I64TruncSatF32S(*(float*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I64TruncSatF32U:
                    fp[ip[1]] = NumericOps.I64TruncSatF32U(*(float*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I64TruncSatF64S:
                    fp[ip[1]] = (ulong)NumericOps.I64TruncSatF64S(*(double*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.I64TruncSatF64U:
                    fp[ip[1]] = NumericOps.I64TruncSatF64U(*(double*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.F32ConvertI32S:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits((float)(int)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F32ConvertI32U:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits((float)(uint)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F32ConvertI64S:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits((float)(long)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F32ConvertI64U:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits(NumericOps.F32ConvertU64(fp[ip[2]]));
                    ip += 3;
                    continue;
                case Op.F32DemoteF64:
                    fp[ip[1]] = BitConverter.SingleToUInt32Bits((float)*(double*)(fp + ip[2]));
                    ip += 3;
                    continue;
                case Op.F64ConvertI32S:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits((double)(int)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F64ConvertI32U:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits((double)(uint)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F64ConvertI64S:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits((double)(long)fp[ip[2]]);
                    ip += 3;
                    continue;
                case Op.F64ConvertI64U:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits(NumericOps.F64ConvertU64(fp[ip[2]]));
                    ip += 3;
                    continue;
                case Op.F64PromoteF32:
                    fp[ip[1]] = BitConverter.DoubleToUInt64Bits((double)*(float*)(fp + ip[2]));
                    ip += 3;
                    continue;
                // Compare-and-branch: a comparison whose only reader is the branch after it.
                // A counter updated by local.tee and tested by br_if, in one dispatch.
                case Op.I32AddImmBrNz:
                    var up = (uint)fp[ip[2]] + (uint)ip[3];
                    fp[ip[1]] = up;
                    if (up != 0)
                    {
                        var off = ip[4];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 5;
                    continue;
                case Op.I32AddImmBrZ:
                    var down = (uint)fp[ip[2]] + (uint)ip[3];
                    fp[ip[1]] = down;
                    if (down == 0)
                    {
                        var off = ip[4];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 5;
                    continue;
                case Op.BrI32Eq:
                    if ((uint)fp[ip[1]] == (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32EqImm:
                    if ((uint)fp[ip[1]] == (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32Ne:
                    if ((uint)fp[ip[1]] != (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32NeImm:
                    if ((uint)fp[ip[1]] != (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LtS:
                    if ((int)fp[ip[1]] < (int)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LtSImm:
                    if ((int)fp[ip[1]] < ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LtU:
                    if ((uint)fp[ip[1]] < (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LtUImm:
                    if ((uint)fp[ip[1]] < (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GtS:
                    if ((int)fp[ip[1]] > (int)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GtSImm:
                    if ((int)fp[ip[1]] > ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GtU:
                    if ((uint)fp[ip[1]] > (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GtUImm:
                    if ((uint)fp[ip[1]] > (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LeS:
                    if ((int)fp[ip[1]] <= (int)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LeSImm:
                    if ((int)fp[ip[1]] <= ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LeU:
                    if ((uint)fp[ip[1]] <= (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32LeUImm:
                    if ((uint)fp[ip[1]] <= (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GeS:
                    if ((int)fp[ip[1]] >= (int)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GeSImm:
                    if ((int)fp[ip[1]] >= ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GeU:
                    if ((uint)fp[ip[1]] >= (uint)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI32GeUImm:
                    if ((uint)fp[ip[1]] >= (uint)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64Eq:
                    if (fp[ip[1]] == fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64EqImm:
                    if (fp[ip[1]] == (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64Ne:
                    if (fp[ip[1]] != fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64NeImm:
                    if (fp[ip[1]] != (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LtS:
                    if ((long)fp[ip[1]] < (long)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LtSImm:
                    if ((long)fp[ip[1]] < (long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LtU:
                    if (fp[ip[1]] < fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LtUImm:
                    if (fp[ip[1]] < (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GtS:
                    if ((long)fp[ip[1]] > (long)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GtSImm:
                    if ((long)fp[ip[1]] > (long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GtU:
                    if (fp[ip[1]] > fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GtUImm:
                    if (fp[ip[1]] > (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LeS:
                    if ((long)fp[ip[1]] <= (long)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LeSImm:
                    if ((long)fp[ip[1]] <= (long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LeU:
                    if (fp[ip[1]] <= fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64LeUImm:
                    if (fp[ip[1]] <= (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GeS:
                    if ((long)fp[ip[1]] >= (long)fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GeSImm:
                    if ((long)fp[ip[1]] >= (long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GeU:
                    if (fp[ip[1]] >= fp[ip[2]])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                case Op.BrI64GeUImm:
                    if (fp[ip[1]] >= (ulong)(long)ip[2])
                    {
                        var off = ip[3];
                        ip += off;
                        if (off <= 0 && (fuel += (off >> 2) - 1) < 0)
                        {
                            fuel = Refill(ctx, fuel, ip);
                        }

                        continue;
                    }

                    ip += 4;
                    continue;
                default:
                    throw Traps.At(TrapKind.Unreachable, ip);
            }

        Enter:
            if (frame == ctx.FrameEnd || calleeFp + callee->FrameSize > ctx.StackEnd)
            {
                throw Traps.At(TrapKind.CallStackExhausted, ip);
            }

            frame->ReturnIp = returnIp;
            frame->Fp = fp;
            frame++;
            fp = calleeFp;
            for (int i = callee->ParamCount, end = i + callee->LocalCount; i < end; i++)
            {
                fp[i] = 0;
            }

            ip = ctx.Code + callee->Start;
            if ((fuel -= callee->Weight) < 0)
            {
                fuel = Refill(ctx, fuel, ip);
            }
        }
    }

    /// <summary>Takes the next chunk of fuel from the store (none when an interrupt is pending, so the next check stops).</summary>
    private static long TakeFuel(Store store)
    {
        if (store.InterruptRequested)
        {
            return 0;
        }

        var chunk = Math.Min(store.FuelLeft, FuelChunk);
        store.FuelLeft -= chunk;
        return chunk;
    }

    /// <summary>The countdown ran out: trap if interrupted or out of fuel, else hand out the next chunk.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Refill(InstanceContext ctx, long overdraft, int* ip)
    {
        var store = ctx.Store;
        store.FuelLeft += overdraft;
        if (store.InterruptRequested)
        {
            store.ClearInterrupt();
            throw Traps.At(TrapKind.Interrupted, ip);
        }

        if (store.FuelEnabled && store.FuelLeft <= 0)
        {
            store.FuelLeft = 0;
            throw Traps.At(TrapKind.OutOfFuel, ip);
        }

        return TakeFuel(store);
    }

    /// <summary>Calls a host function or another instance's function through the store, returning the next fuel chunk.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long CallOut(InstanceContext ctx, FunctionInstance target, ulong* args, long fuel)
    {
        var store = ctx.Store;
        store.FuelLeft += fuel;
        store.Invoke(target, args, ctx.Instance);
        return TakeFuel(store);
    }

    /// <summary>The checks of <c>call_indirect</c> (spec 4.4.8.11), in the spec's order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FunctionInstance Resolve(InstanceContext ctx, TableInstance table, uint index, int typeId, int* ip)
    {
        var elements = table.Elements;
        if (index >= (uint)elements.Length)
        {
            throw Traps.Element(TrapKind.UndefinedElement, index, ip);
        }

        var handle = elements[index];
        if (handle == 0)
        {
            throw Traps.Element(TrapKind.UninitializedElement, index, ip);
        }

        var target = ctx.Store.FunctionOf(handle);
        if (target.TypeId != typeId)
        {
            throw Traps.At(TrapKind.IndirectCallTypeMismatch, ip);
        }

        return target;
    }
}
