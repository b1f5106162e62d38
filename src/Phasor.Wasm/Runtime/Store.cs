using System.Runtime.CompilerServices;
using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// The world instances live in (spec 4.2.3): functions, tables, memories and globals, the value stack calls run
/// on, fuel and the interrupt flag. A store is single-threaded: call into it from one thread at a time; only
/// <see cref="Interrupt"/> may be called from another thread.
/// </summary>
public sealed unsafe class Store
{
    private readonly List<FunctionInstance> _functions = [];
    private readonly List<object> _externs = [];
    private readonly Dictionary<object, ulong> _externHandles = new(ReferenceEqualityComparer.Instance);
    private ExecutionStack? _stack;
    private volatile bool _interruptRequested;

    /// <summary>Creates a store for modules compiled by <paramref name="engine"/>.</summary>
    public Store(WasmEngine engine, StoreLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Limits = limits ?? StoreLimits.Default;
    }

    /// <summary>Gets the engine whose modules this store runs.</summary>
    public WasmEngine Engine { get; }

    /// <summary>Gets the resource limits.</summary>
    public StoreLimits Limits { get; }

    /// <summary>
    /// Gets or sets the fuel left, or null for unlimited (the default). Fuel approximates instructions executed:
    /// each loop iteration costs about its body's instruction count, each call one, and bulk memory and table operations
    /// their size; running out is the trap
    /// <see cref="TrapKind.OutOfFuel"/>. Checked at loop back-edges and calls, so straight-line code (bounded by the
    /// module's size) is not charged.
    /// </summary>
    public long? Fuel
    {
        get => FuelEnabled ? Math.Max(0, FuelLeft) : null;
        set
        {
            FuelEnabled = value.HasValue;
            FuelLeft = value ?? long.MaxValue;
        }
    }

    /// <summary>Gets whether fuel is metered.</summary>
    internal bool FuelEnabled { get; private set; }

    /// <summary>Gets or sets the fuel not yet handed to a running activation.</summary>
    internal long FuelLeft { get; set; } = long.MaxValue;

    /// <summary>Gets whether <see cref="Interrupt"/> was called and no trap has consumed it yet.</summary>
    internal bool InterruptRequested => _interruptRequested;

    /// <summary>Gets the value stack, allocated on first use.</summary>
    internal ExecutionStack Stack => _stack ??= new ExecutionStack(Limits);

    /// <summary>
    /// Asks running Wasm code to stop with the trap <see cref="TrapKind.Interrupted"/> at its next check (a loop
    /// back-edge or call, within microseconds). Thread-safe. If nothing is running, the next call stops at once.
    /// </summary>
    public void Interrupt() => _interruptRequested = true;

    /// <summary>Clears a pending interrupt, as a trap does when it reports it.</summary>
    internal void ClearInterrupt() => _interruptRequested = false;

    /// <summary>Instantiates <paramref name="module"/> with imports from <paramref name="imports"/> (spec 4.5.4).</summary>
    public Instance Instantiate(CompiledModule module, Linker? imports = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Instantiator.Instantiate(this, module, imports);
    }

    /// <summary>Creates a host function of <paramref name="type"/> backed by an untyped callback.</summary>
    public FunctionInstance CreateFunction(FuncType type, HostCallback callback)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        return CreateSlotFunction(type, HostFunctions.FromUntyped(type, callback));
    }

    /// <summary>Creates a memory of <paramref name="type"/>, for import by modules.</summary>
    public MemoryInstance CreateMemory(MemoryType type) => new(this, type);

    /// <summary>Creates a table of <paramref name="type"/> filled with <paramref name="init"/>.</summary>
    public TableInstance CreateTable(TableType type, Value init) => new(this, type, ToSlot(init, type.ElementType));

    /// <summary>Creates a global of <paramref name="type"/> holding <paramref name="value"/>.</summary>
    public GlobalInstance CreateGlobal(GlobalType type, Value value) => new(this, type, ToSlot(value, type.Type));

    /// <summary>Creates a host function from the slot-level form every host function is called through.</summary>
    internal FunctionInstance CreateSlotFunction(FuncType type, SlotCallback callback) =>
        new(this, type, Engine.Types.Intern(type), null, -1, callback);

    /// <summary>Registers a function and returns its handle (index + 1; 0 is the null reference).</summary>
    internal ulong RegisterFunction(FunctionInstance function)
    {
        _functions.Add(function);
        return (ulong)_functions.Count;
    }

    /// <summary>Gets the function of a non-null funcref handle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FunctionInstance FunctionOf(ulong handle) => _functions[(int)handle - 1];

    /// <summary>Converts a value to slot bits, checking its type (references become handles in this store).</summary>
    internal ulong ToSlot(Value value, ValueType expected)
    {
        if (value.Type != expected)
        {
            throw new ArgumentException($"expected a value of type {expected.Name()}, got {value.Type.Name()}");
        }

        return expected switch
        {
            ValueType.FuncRef => value.AsFunction() is { } f ? HandleOf(f) : 0,
            ValueType.ExternRef => value.Reference is { } o ? ExternHandle(o) : 0,
            _ => value.Bits,
        };
    }

    /// <summary>Converts slot bits of <paramref name="type"/> back to a value.</summary>
    internal Value FromSlot(ValueType type, ulong bits) => type switch
    {
        ValueType.FuncRef => Value.FromFunction(bits == 0 ? null : FunctionOf(bits)),
        ValueType.ExternRef => Value.FromExtern(bits == 0 ? null : _externs[(int)bits - 1]),
        _ => Value.FromBits(type, bits),
    };

    /// <summary>Calls <paramref name="function"/> with arguments at <paramref name="args"/> on this store's stack.</summary>
    internal void Invoke(FunctionInstance function, ulong* args, Instance? caller)
    {
        var stack = Stack;
        var savedTop = stack.Top;
        stack.Top = args + function.SlotCount;
        try
        {
            if (function.Host is { } host)
            {
                host(new Caller(this, caller), new Span<ulong>(args, function.SlotCount));
            }
            else
            {
                var instance = function.Instance!;
                instance.Module.Code.Invoke(instance, function.DefinedIndex, args);
            }
        }
        finally
        {
            stack.Top = savedTop;
        }
    }

    /// <summary>Calls from the host with untyped values (spec 4.5.5 invocation), checking argument types.</summary>
    internal void InvokeUntyped(FunctionInstance function, ReadOnlySpan<Value> args, Span<Value> results)
    {
        CheckOwn(function);
        var type = function.Type;
        if (args.Length != type.Parameters.Length || results.Length < type.Results.Length)
        {
            throw new ArgumentException($"function {type} called with {args.Length} arguments and room for {results.Length} results");
        }

        var slots = EnterFromHost(function);
        for (var i = 0; i < args.Length; i++)
        {
            slots[i] = ToSlot(args[i], type.Parameters[i]);
        }

        RunFromHost(function, slots);
        for (var i = 0; i < type.Results.Length; i++)
        {
            results[i] = FromSlot(type.Results[i], slots[i]);
        }
    }

    /// <summary>Reserves argument slots for a call from the host; a trap if the stack is full.</summary>
    internal ulong* EnterFromHost(FunctionInstance function)
    {
        var stack = Stack;
        var slots = stack.Top;
        if (slots + function.SlotCount > stack.SlotEnd)
        {
            throw new TrapException(TrapKind.CallStackExhausted);
        }

        return slots;
    }

    /// <summary>Runs a call from the host whose arguments are at <paramref name="slots"/>; restores the stack after a trap.</summary>
    internal void RunFromHost(FunctionInstance function, ulong* slots)
    {
        var stack = Stack;
        var frameTop = stack.FrameTop;
        try
        {
            Invoke(function, slots, null);
        }
        finally
        {
            stack.FrameTop = frameTop;
        }
    }

    /// <summary>Throws when <paramref name="entity"/> belongs to another store.</summary>
    internal void CheckOwn(Extern entity)
    {
        if (!ReferenceEquals(entity.Store, this))
        {
            throw new ArgumentException("the entity belongs to another store");
        }
    }

    private ulong HandleOf(FunctionInstance function)
    {
        CheckOwn(function);
        return function.Handle;
    }

    private ulong ExternHandle(object value)
    {
        if (!_externHandles.TryGetValue(value, out var handle))
        {
            _externs.Add(value);
            handle = (ulong)_externs.Count;
            _externHandles.Add(value, handle);
        }

        return handle;
    }
}
