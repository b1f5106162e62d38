using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// The imports offered to instantiation: entities by (module name, field name), such as host functions and the
/// exports of registered instances (the spec suite's <c>register</c>). Defining a name again replaces it. All
/// entities belong to <see cref="Store"/>.
/// </summary>
public sealed class Linker
{
    private readonly Dictionary<(string Module, string Name), Extern> _items = [];

    /// <summary>Creates an empty linker for <paramref name="store"/>.</summary>
    public Linker(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
    }

    /// <summary>Gets the store the entities belong to.</summary>
    public Store Store { get; }

    /// <summary>Defines <paramref name="module"/>.<paramref name="name"/> as <paramref name="item"/>.</summary>
    public Linker Define(string module, string name, Extern item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Store.CheckOwn(item);
        _items[(module, name)] = item;
        return this;
    }

    /// <summary>Defines every export of <paramref name="instance"/> under module name <paramref name="module"/>.</summary>
    public Linker DefineInstance(string module, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var (name, item) in instance.Exports)
        {
            Define(module, name, item);
        }

        return this;
    }

    /// <summary>Defines an untyped host function.</summary>
    public Linker DefineFunction(string module, string name, FuncType type, HostCallback callback) =>
        Define(module, name, Store.CreateFunction(type, callback));

    /// <summary>Defines a typed host function returning a value.</summary>
    public Linker DefineFunction<TR>(string module, string name, Func<TR> f) => DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function returning a value.</summary>
    public Linker DefineFunction<T1, TR>(string module, string name, Func<T1, TR> f) => DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function returning a value.</summary>
    public Linker DefineFunction<T1, T2, TR>(string module, string name, Func<T1, T2, TR> f) => DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function returning a value.</summary>
    public Linker DefineFunction<T1, T2, T3, TR>(string module, string name, Func<T1, T2, T3, TR> f) =>
        DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function returning a value.</summary>
    public Linker DefineFunction<T1, T2, T3, T4, TR>(string module, string name, Func<T1, T2, T3, T4, TR> f) =>
        DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function without results.</summary>
    public Linker DefineFunction(string module, string name, Action f) => DefineTyped(module, name, HostFunctions.Of(f));

    /// <summary>Defines a typed host function without results.</summary>
    public Linker DefineFunction<T1>(string module, string name, Action<T1> f) => DefineTyped(module, name, HostFunctions.OfAction(f));

    /// <summary>Defines a typed host function without results.</summary>
    public Linker DefineFunction<T1, T2>(string module, string name, Action<T1, T2> f) => DefineTyped(module, name, HostFunctions.OfAction(f));

    /// <summary>Defines a typed host function without results.</summary>
    public Linker DefineFunction<T1, T2, T3>(string module, string name, Action<T1, T2, T3> f) =>
        DefineTyped(module, name, HostFunctions.OfAction(f));

    /// <summary>Defines a typed host function without results.</summary>
    public Linker DefineFunction<T1, T2, T3, T4>(string module, string name, Action<T1, T2, T3, T4> f) =>
        DefineTyped(module, name, HostFunctions.OfAction(f));

    /// <summary>Looks up an import.</summary>
    public bool TryGet(string module, string name, out Extern item) => _items.TryGetValue((module, name), out item!);

    /// <summary>Instantiates <paramref name="module"/> in <see cref="Store"/> with these imports.</summary>
    public Instance Instantiate(CompiledModule module) => Store.Instantiate(module, this);

    /// <summary>Defines a host function from the slot-level form (for built-in host modules such as WASI).</summary>
    internal Linker DefineSlotFunction(string module, string name, FuncType type, SlotCallback callback) =>
        Define(module, name, Store.CreateSlotFunction(type, callback));

    private Linker DefineTyped(string module, string name, (FuncType Type, SlotCallback Callback) function) =>
        DefineSlotFunction(module, name, function.Type, function.Callback);
}
