using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// What the dispatch loop needs of an instance besides its hot registers, gathered once per instance (kept in
/// <see cref="Instance.TierState"/>) so one reference reaches all of it: the code, the function table, the store's
/// stack limits, and the instance's globals, tables, functions and memory.
/// </summary>
internal sealed unsafe class InstanceContext
{
    private InstanceContext(Instance instance, InterpreterModule module)
    {
        Instance = instance;
        Store = instance.Store;
        Stack = Store.Stack;
        Code = module.Code;
        Functions = module.Functions;
        FrameEnd = Stack.FrameEnd;
        StackEnd = Stack.SlotEnd;
        // An instance without memory gets an empty one, so the loop never tests for null (validation keeps code from using it).
        Memory = instance.DefaultMemory ?? new MemoryInstance(Store, new MemoryType(new Limits(0, 0)));
        Globals = instance.Globals;
        Tables = instance.Tables;
        FunctionInstances = instance.Functions;
    }

    /// <summary>Gets the instance.</summary>
    public Instance Instance { get; }

    /// <summary>Gets its store.</summary>
    public Store Store { get; }

    /// <summary>Gets the store's stack.</summary>
    public ExecutionStack Stack { get; }

    /// <summary>Gets the module's first code word.</summary>
    public int* Code { get; }

    /// <summary>Gets the module's function table.</summary>
    public FunctionCode* Functions { get; }

    /// <summary>Gets the end of the frame records: the call-depth limit.</summary>
    public CallFrame* FrameEnd { get; }

    /// <summary>Gets the end of the value stack.</summary>
    public ulong* StackEnd { get; }

    /// <summary>Gets memory 0 (an empty one if the instance has none).</summary>
    public MemoryInstance Memory { get; }

    /// <summary>Gets the global index space.</summary>
    public GlobalInstance[] Globals { get; }

    /// <summary>Gets the table index space.</summary>
    public TableInstance[] Tables { get; }

    /// <summary>Gets the function index space.</summary>
    public FunctionInstance[] FunctionInstances { get; }

    /// <summary>Creates the context of <paramref name="instance"/> and caches it there.</summary>
    public static InstanceContext Create(Instance instance, InterpreterModule module)
    {
        var context = new InstanceContext(instance, module);
        instance.TierState = context;
        return context;
    }
}
