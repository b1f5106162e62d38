using Phasor.Wasm.Model;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// An instantiated module (spec 4.2.5, a module instance): its functions, tables, memories and globals (imported
/// ones first), its segments, and its exports by name. Get typed invokers with <c>GetFunction&lt;...&gt;</c>.
/// </summary>
public sealed unsafe class Instance
{
    internal Instance(Store store, CompiledModule module)
    {
        Store = store;
        Module = module;
    }

    /// <summary>Gets the store the instance lives in.</summary>
    public Store Store { get; }

    /// <summary>Gets the module it is an instance of.</summary>
    public CompiledModule Module { get; }

    /// <summary>Gets the exports by name.</summary>
    public IReadOnlyDictionary<string, Extern> Exports => ExportMap;

    /// <summary>Gets the function index space.</summary>
    internal FunctionInstance[] Functions { get; set; } = [];

    /// <summary>Gets the table index space.</summary>
    internal TableInstance[] Tables { get; set; } = [];

    /// <summary>Gets the memory index space.</summary>
    internal MemoryInstance[] Memories { get; set; } = [];

    /// <summary>Gets memory 0, or null (the only memory Wasm 2.0 code can address).</summary>
    internal MemoryInstance? DefaultMemory => Memories.Length > 0 ? Memories[0] : null;

    /// <summary>Gets the global index space.</summary>
    internal GlobalInstance[] Globals { get; set; } = [];

    /// <summary>Gets the data segments' bytes; a dropped segment is empty (spec 4.2.11).</summary>
    internal ReadOnlyMemory<byte>[] DataSegments { get; set; } = [];

    /// <summary>Gets the element segments' references as slot bits; a dropped segment is empty (spec 4.2.10).</summary>
    internal ulong[][] ElementSegments { get; set; } = [];

    /// <summary>Gets or sets what the module's tier keeps per instance (built on the first call, after instantiation set everything up).</summary>
    internal object? TierState { get; set; }

    /// <summary>Gets the export map being built.</summary>
    internal Dictionary<string, Extern> ExportMap { get; } = [];

    /// <summary>Gets an exported function, or null.</summary>
    public FunctionInstance? GetFunction(string name) => ExportMap.GetValueOrDefault(name) as FunctionInstance;

    /// <summary>Gets an exported memory, or null.</summary>
    public MemoryInstance? GetMemory(string name) => ExportMap.GetValueOrDefault(name) as MemoryInstance;

    /// <summary>Gets an exported table, or null.</summary>
    public TableInstance? GetTable(string name) => ExportMap.GetValueOrDefault(name) as TableInstance;

    /// <summary>Gets an exported global, or null.</summary>
    public GlobalInstance? GetGlobal(string name) => ExportMap.GetValueOrDefault(name) as GlobalInstance;

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker; its signature must be <c>[] -&gt; [TR]</c>.</summary>
    public Func<TR> GetFunction<TR>(string name)
    {
        var (f, store) = Typed(name, [], [SlotValue.TypeOf<TR>()]);
        return () =>
        {
            var s = store.EnterFromHost(f);
            store.RunFromHost(f, s);
            return SlotValue.To<TR>(s[0]);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1] -&gt; [TR]</c>.</summary>
    public Func<T1, TR> GetFunction<T1, TR>(string name)
    {
        var (f, store) = Typed(name, [SlotValue.TypeOf<T1>()], [SlotValue.TypeOf<TR>()]);
        return a =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            store.RunFromHost(f, s);
            return SlotValue.To<TR>(s[0]);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1 T2] -&gt; [TR]</c>.</summary>
    public Func<T1, T2, TR> GetFunction<T1, T2, TR>(string name)
    {
        var (f, store) = Typed(name, [SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>()], [SlotValue.TypeOf<TR>()]);
        return (a, b) =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            s[1] = SlotValue.From(b);
            store.RunFromHost(f, s);
            return SlotValue.To<TR>(s[0]);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1 T2 T3] -&gt; [TR]</c>.</summary>
    public Func<T1, T2, T3, TR> GetFunction<T1, T2, T3, TR>(string name)
    {
        var (f, store) = Typed(name, [SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>()], [SlotValue.TypeOf<TR>()]);
        return (a, b, c) =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            s[1] = SlotValue.From(b);
            s[2] = SlotValue.From(c);
            store.RunFromHost(f, s);
            return SlotValue.To<TR>(s[0]);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1 T2 T3 T4] -&gt; [TR]</c>.</summary>
    public Func<T1, T2, T3, T4, TR> GetFunction<T1, T2, T3, T4, TR>(string name)
    {
        var (f, store) = Typed(
            name, [SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>(), SlotValue.TypeOf<T3>(), SlotValue.TypeOf<T4>()], [SlotValue.TypeOf<TR>()]);
        return (a, b, c, d) =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            s[1] = SlotValue.From(b);
            s[2] = SlotValue.From(c);
            s[3] = SlotValue.From(d);
            store.RunFromHost(f, s);
            return SlotValue.To<TR>(s[0]);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[] -&gt; []</c>.</summary>
    public Action GetAction(string name)
    {
        var (f, store) = Typed(name, [], []);
        return () => store.RunFromHost(f, store.EnterFromHost(f));
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1] -&gt; []</c>.</summary>
    public Action<T1> GetAction<T1>(string name)
    {
        var (f, store) = Typed(name, [SlotValue.TypeOf<T1>()], []);
        return a =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            store.RunFromHost(f, s);
        };
    }

    /// <summary>Gets exported function <paramref name="name"/> as a typed invoker of signature <c>[T1 T2] -&gt; []</c>.</summary>
    public Action<T1, T2> GetAction<T1, T2>(string name)
    {
        var (f, store) = Typed(name, [SlotValue.TypeOf<T1>(), SlotValue.TypeOf<T2>()], []);
        return (a, b) =>
        {
            var s = store.EnterFromHost(f);
            s[0] = SlotValue.From(a);
            s[1] = SlotValue.From(b);
            store.RunFromHost(f, s);
        };
    }

    private (FunctionInstance Function, Store Store) Typed(string name, ValueType[] parameters, ValueType[] results)
    {
        var f = GetFunction(name) ?? throw new ArgumentException($"no exported function \"{name}\"", nameof(name));
        var expected = new FuncType(parameters, results);
        if (!f.Type.Equals(expected))
        {
            throw new ArgumentException($"export \"{name}\" has type {f.Type}, not {expected}", nameof(name));
        }

        return (f, Store);
    }
}
